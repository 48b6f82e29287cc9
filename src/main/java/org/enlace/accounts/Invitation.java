package org.enlace.accounts;

import java.util.List;

/** An administrator's invitation: who the new member is and what they may do. */
public record Invitation(String username, String displayName, String email, String language,
		List<RequestedGrant> grants) {

	public Invitation {
		grants = grants == null ? List.of() : grants;
	}
}
