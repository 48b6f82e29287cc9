package org.enlace.accounts;

import java.util.ArrayList;
import java.util.List;

/**
 * Input the accounts module refused, with every reason at once so a form can show each next to its
 * field. Nothing was changed. A problem without a field concerns the whole form.
 */
public class RejectedInput extends RuntimeException {

	private final List<Problem> problems;

	RejectedInput(List<Problem> problems) {
		super("rejected: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	/** Throws if anything was found wrong. */
	static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new RejectedInput(problems);
		}
	}

	static RejectedInput of(String field, String code, Object... arguments) {
		return new RejectedInput(List.of(new Problem(field, code, List.of(arguments))));
	}

	/**
	 * One reason: a message key of the accounts bundle and its arguments; {@code field} is the form
	 * field it belongs to, or null.
	 */
	public record Problem(String field, String code, List<Object> arguments) {

		static Problem of(String field, String code, Object... arguments) {
			return new Problem(field, code, List.of(arguments));
		}

		public Object[] argumentArray() {
			return new ArrayList<>(arguments).toArray();
		}
	}
}
