package org.enlace.activities;

import java.util.Set;

import org.enlace.activities.ActivityChecks.Checked;
import org.enlace.activities.ActivityStore.Stored;
import org.enlace.shared.Actor;
import org.enlace.shared.ForbiddenException;
import org.enlace.shared.Role;

/**
 * Who may do what with activities; the only place these rules are written. Partners edit the
 * activities their organisation takes part in; the partners of an implementing organisation and the
 * focal points of a recipient country report progress; the secretariat of a mechanism whose measure
 * the activity implements reviews reports; administrators may do everything.
 */
final class ActivityRights {

	static final int IMPLEMENTING = 4;

	private ActivityRights() {
	}

	static boolean mayCreate(Actor actor) {
		return actor.isAdmin() || actor.holds(Role.PARTNER);
	}

	static boolean mayEdit(Actor actor, Stored activity) {
		return actor.isAdmin() || activity.facts()
			.participants()
			.stream()
			.anyMatch(p -> actor.isPartnerOf(String.valueOf(p.organizationId())));
	}

	/** A partner may only save an activity that still names their organisation, or they would lose it. */
	static boolean keepsOwnOrganization(Actor actor, Checked activity) {
		return actor.isAdmin() || activity.participants()
			.stream()
			.anyMatch(p -> actor.isPartnerOf(String.valueOf(p.organizationId())));
	}

	static boolean mayReport(Actor actor, Stored activity) {
		if (actor.isAdmin()) {
			return true;
		}
		boolean implementer = activity.facts()
			.participants()
			.stream()
			.anyMatch(p -> p.role() == IMPLEMENTING && actor.isPartnerOf(String.valueOf(p.organizationId())));
		return implementer || activity.facts().countries().stream().anyMatch(c -> actor.isFocalPointOf(c.iso3()));
	}

	static boolean mayReview(Actor actor, Set<String> mechanisms) {
		return actor.isAdmin() || mechanisms.stream().anyMatch(actor::isSecretariatOf);
	}

	/** Who may open the review queue at all: it is empty for a secretariat with nothing to review. */
	static boolean isReviewer(Actor actor) {
		return actor.isAdmin() || actor.holds(Role.SECRETARIAT);
	}

	static void require(boolean allowed, String what) {
		if (!allowed) {
			throw new ForbiddenException(what);
		}
	}
}
