package org.enlace.commitments.web;

import org.enlace.commitments.ChangeRefused;
import org.enlace.shared.Actor;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** What the editing pages share: who may enter, and how refusals reach the form. */
final class Editing {

	static final String STALE = "commitments.edit.stale";

	private Editing() {
	}

	/** A visitor is sent to sign in before anything else; the facade decides for everyone else. */
	static void requireSignedIn(Actor actor) {
		if (!actor.isSignedIn()) {
			throw new InsufficientAuthenticationException("sign in to keep commitments");
		}
	}

	/** Shows each broken rule next to its field (or above the form when it has none). */
	static void show(ChangeRefused refused, BindingResult binding) {
		for (ChangeRefused.Problem problem : refused.problems()) {
			try {
				binding.rejectValue(problem.field(), problem.messageKey());
			}
			catch (NotReadablePropertyException e) {
				binding.reject(problem.messageKey());
			}
		}
	}

	/**
	 * Someone saved while this person was editing: their input stays in the form, now carrying the
	 * current version so saving again replaces the other change knowingly.
	 */
	static void showStale(Model model, Object formWithCurrentVersion) {
		BindingResult fresh = new BeanPropertyBindingResult(formWithCurrentVersion, "form");
		fresh.reject(STALE);
		model.addAttribute("form", formWithCurrentVersion);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
	}
}
