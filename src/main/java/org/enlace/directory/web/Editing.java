package org.enlace.directory.web;

import java.util.Collection;
import java.util.Set;

import org.enlace.directory.EntryRefused;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.Actor;
import org.enlace.shared.ForbiddenException;
import org.enlace.shared.Role;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** What the directory's editing pages share: who may enter, and how refusals reach the form. */
final class Editing {

	static final String STALE = "directory.edit.stale";

	private Editing() {
	}

	/** A visitor is sent to sign in (pages whose address does not already make the filter do it). */
	static void requireSignedIn(Actor actor) {
		if (!actor.isSignedIn()) {
			throw new InsufficientAuthenticationException("sign in to edit the directory");
		}
	}

	/**
	 * Creating needs a role that can edit some entry; whether it may create this one depends on its
	 * country and is decided by the facade when saving.
	 */
	static void requireMayCreate(Actor actor, boolean positions) {
		requireSignedIn(actor);
		if (!mayCreate(actor, positions)) {
			throw new ForbiddenException("directory");
		}
	}

	static boolean mayCreate(Actor actor, boolean positions) {
		return actor.isAdmin() || actor.holds(Role.FOCAL_POINT) || positions && actor.holds(Role.SECRETARIAT);
	}

	static void require(boolean editable) {
		if (!editable) {
			throw new ForbiddenException("directory");
		}
	}

	static void show(EntryRefused refused, BindingResult binding) {
		binding.rejectValue(refused.field(), refused.messageKey());
	}

	/**
	 * Someone saved while this person was editing: their input stays in the form, now carrying the
	 * current version so saving again replaces the other change knowingly.
	 */
	static void showStale(Model model, String name, Object formWithCurrentVersion) {
		BindingResult fresh = new BeanPropertyBindingResult(formWithCurrentVersion, name);
		fresh.reject(STALE);
		model.addAttribute(name, formWithCurrentVersion);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, fresh);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static void checkCountry(ReferenceData reference, String iso3, String field, BindingResult binding) {
		if (iso3 != null && !iso3.isBlank() && reference.country(iso3).isEmpty()) {
			binding.rejectValue(field, "directory.validation.choice");
		}
	}

	static void checkThemes(Collection<Integer> themes, BindingResult binding) {
		if (themes != null && themes.stream().anyMatch(t -> t == null || t < 1 || t > 23)) {
			binding.rejectValue("themes", "directory.validation.choice");
		}
	}

	static <T> Set<T> orEmpty(Set<T> values) {
		return values == null ? Set.of() : values;
	}
}
