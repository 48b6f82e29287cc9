package org.enlace.accounts;

import java.util.List;

/**
 * An administrator's change to what an account may do. {@code version} is the version of the
 * account the administrator saw, so a change made meanwhile by someone else is not overwritten.
 */
public record AccessChange(int version, boolean enabled, List<RequestedGrant> grants) {

	public AccessChange {
		grants = grants == null ? List.of() : grants;
	}
}
