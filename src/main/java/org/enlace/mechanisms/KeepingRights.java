package org.enlace.mechanisms;

import org.enlace.shared.Actor;
import org.enlace.shared.ForbiddenException;

/**
 * Who may keep a mechanism (its facts, bodies, memberships and presidencies): its secretariat, and
 * administrators, who keep every mechanism. The only place this rule is written.
 */
final class KeepingRights {

	private KeepingRights() {
	}

	static boolean mayKeep(Actor actor, String mechanismCode) {
		return actor.isSecretariatOf(mechanismCode);
	}

	static void require(Actor actor, String mechanismCode) {
		if (!mayKeep(actor, mechanismCode)) {
			throw new ForbiddenException("keeping mechanism " + mechanismCode);
		}
	}
}
