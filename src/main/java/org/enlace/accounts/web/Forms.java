package org.enlace.accounts.web;

import org.enlace.accounts.RejectedInput;
import org.springframework.validation.BindingResult;

/** Runs a change for a bound form, turning refused input into errors next to the fields. */
final class Forms {

	private Forms() {
	}

	/** True when the form was valid and the change was made; false leaves the errors in {@code binding}. */
	static boolean apply(BindingResult binding, Runnable change) {
		if (binding.hasErrors()) {
			return false;
		}
		try {
			change.run();
			return true;
		}
		catch (RejectedInput rejected) {
			reject(binding, rejected);
			return false;
		}
	}

	/** Puts each refused item next to its field, or on the whole form. */
	static void reject(BindingResult binding, RejectedInput rejected) {
		for (RejectedInput.Problem problem : rejected.problems()) {
			if (problem.field() == null) {
				binding.reject(problem.code(), problem.argumentArray(), null);
			}
			else {
				binding.rejectValue(problem.field(), problem.code(), problem.argumentArray(), null);
			}
		}
	}
}
