package org.enlace.mechanisms;

import java.util.List;

/**
 * A change that breaks a rule of the mechanism's data (an overlapping membership, a body code in
 * use, a year in the future). Nothing was changed. Each problem names the field of the edit form it
 * belongs to and the message key that explains it.
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

	/** One broken rule: the form field it concerns and a message key of the mechanisms bundle. */
	public record Problem(String field, String messageKey) {
	}
}
