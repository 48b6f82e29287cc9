package org.enlace.accounts;

import org.enlace.shared.Actor;
import org.enlace.shared.ForbiddenException;

/** Accounts are kept by administrators; the URL rules say so too, this holds if they ever slip. */
final class AdminOnly {

	private AdminOnly() {
	}

	static void require(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("accounts are kept by administrators");
		}
	}
}
