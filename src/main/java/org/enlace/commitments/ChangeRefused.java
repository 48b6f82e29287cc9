package org.enlace.commitments;

import java.util.List;

/**
 * A change that breaks a rule of the commitments' data (a measure code in use, an unknown GCM
 * objective). Nothing was changed. Each problem names the form field it belongs to and a message
 * key of the commitments bundle.
 */
public class ChangeRefused extends RuntimeException {

	private final List<Problem> problems;

	public ChangeRefused(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	static ChangeRefused because(String field, String messageKey) {
		return new ChangeRefused(List.of(new Problem(field, messageKey)));
	}

	public List<Problem> problems() {
		return problems;
	}

	/** One broken rule: the form field it concerns and its message key. */
	public record Problem(String field, String messageKey) {
	}
}
