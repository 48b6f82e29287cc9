package org.enlace.mechanisms.web;

import org.enlace.mechanisms.ChangeRefused;
import org.enlace.mechanisms.MechanismKeeping;
import org.enlace.mechanisms.MechanismViews.MechanismSummary;
import org.enlace.shared.Actor;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the keeping pages share: who may enter, and how refusals reach the form. */
final class Keepers {

	static final String STALE = "mechanisms.edit.stale";

	private Keepers() {
	}

	/**
	 * The mechanism the actor keeps, checked before any form is read: a visitor is sent to sign in,
	 * anyone else who may not keep it gets 403, and an unknown mechanism 404.
	 */
	static MechanismSummary mechanism(MechanismKeeping keeping, Actor actor, String code) {
		if (!actor.isSignedIn()) {
			throw new InsufficientAuthenticationException("sign in to keep a mechanism");
		}
		return keeping.toKeep(actor, code);
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
	static void showStale(Model model, String name, Object formWithCurrentVersion) {
		BindingResult fresh = new BeanPropertyBindingResult(formWithCurrentVersion, name);
		fresh.reject(STALE);
		model.addAttribute(name, formWithCurrentVersion);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, fresh);
	}

	static String redirectTo(MechanismSummary mechanism) {
		return "redirect:/mechanisms/" + mechanism.code();
	}
}
