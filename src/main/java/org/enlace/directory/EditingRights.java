package org.enlace.directory;

import org.enlace.shared.Actor;
import org.enlace.shared.ForbiddenException;

/**
 * Who may change what in the directory: a focal point their country's organisations, contacts and
 * positions; a secretariat its mechanism's positions; an administrator everything. Regional
 * organisations (no country) are kept by administrators.
 */
final class EditingRights {

	private EditingRights() {
	}

	static boolean mayEditOrganization(Actor actor, String countryIso3) {
		return actor.isAdmin() || (countryIso3 != null && actor.isFocalPointOf(countryIso3));
	}

	static boolean mayEditContact(Actor actor, String organizationCountryIso3) {
		return mayEditOrganization(actor, organizationCountryIso3);
	}

	static boolean mayEditPosition(Actor actor, String countryIso3, String mechanismCode) {
		return actor.isAdmin() || (countryIso3 != null && actor.isFocalPointOf(countryIso3))
				|| (mechanismCode != null && actor.isSecretariatOf(mechanismCode));
	}

	static void require(boolean allowed, String what) {
		if (!allowed) {
			throw new ForbiddenException(what);
		}
	}

	/** Contact details (e-mail, phone) are for signed-in users only. */
	static boolean maySeeContactDetails(Actor actor) {
		return actor.isSignedIn();
	}
}
