package org.enlace.activities;

import java.util.List;

/**
 * Input that breaks a rule (dates out of order, an unknown currency, shares not summing to 100...).
 * Nothing was saved. Each problem names the form field (and API field) it concerns and a message key
 * of the activities bundle, with its arguments.
 */
public class ActivityRefused extends RuntimeException {

	private final List<Problem> problems;

	public ActivityRefused(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	static ActivityRefused because(String field, String messageKey, Object... args) {
		return new ActivityRefused(List.of(new Problem(field, messageKey, List.of(args))));
	}

	public List<Problem> problems() {
		return problems;
	}

	/** One broken rule. */
	public record Problem(String field, String messageKey, List<Object> args) {

		public Object[] arguments() {
			return args.toArray();
		}
	}
}
