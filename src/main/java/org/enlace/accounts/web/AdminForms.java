package org.enlace.accounts.web;

import java.util.ArrayList;
import java.util.List;

import org.enlace.accounts.AccessChange;
import org.enlace.accounts.Invitation;
import org.enlace.accounts.RequestedGrant;

/** The forms of the account administration. Grants are rows of role and scope. */
final class AdminForms {

	/** Empty rows offered after the grants an account has, for adding new ones without JavaScript. */
	static final int SPARE_ROWS = 2;

	private AdminForms() {
	}

	/** Checked by the accounts module as a whole, so every problem shows at once. */
	record InvitationForm(String username, String displayName, String email, String language,
			List<RequestedGrant> grants) {

		InvitationForm {
			grants = rows(grants);
		}

		static InvitationForm blank(String language) {
			return new InvitationForm("", "", "", language, withSpareRows(List.of()));
		}

		Invitation toInvitation() {
			return new Invitation(username, displayName, email, language, grants);
		}
	}

	record AccessForm(Integer version, Boolean enabled, List<RequestedGrant> grants) {

		AccessForm {
			grants = rows(grants);
		}

		AccessChange toChange() {
			return new AccessChange(version == null ? -1 : version, Boolean.TRUE.equals(enabled), grants);
		}
	}

	/**
	 * The rows of a form as shown again after an error: the submitted ones, blank spare rows
	 * included, holes (a request that skipped an index) filled with blank rows.
	 */
	static List<RequestedGrant> rows(List<RequestedGrant> grants) {
		List<RequestedGrant> rows = new ArrayList<>(grants == null ? List.of() : grants);
		rows.replaceAll(row -> row == null ? new RequestedGrant("", "") : row);
		return rows;
	}

	static List<RequestedGrant> withSpareRows(List<RequestedGrant> grants) {
		List<RequestedGrant> rows = rows(grants);
		for (int i = 0; i < SPARE_ROWS; i++) {
			rows.add(new RequestedGrant("", ""));
		}
		return rows;
	}
}
