package org.enlace.accounts;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new password must be: long enough to resist guessing, in any script. Lengths count
 * characters as people see them (code points), not UTF-16 units, so an emoji is one character.
 */
final class PasswordRules {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 1024;

	private PasswordRules() {
	}

	/** Problems with a new password and its confirmation, on the fields {@code password} and {@code confirmation}. */
	static List<RejectedInput.Problem> check(String password, String confirmation) {
		List<RejectedInput.Problem> problems = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			problems.add(RejectedInput.Problem.of("password", "accounts.password.required"));
			return problems;
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			problems.add(RejectedInput.Problem.of("password", "accounts.password.tooShort", MIN_LENGTH));
		}
		else if (length > MAX_LENGTH) {
			problems.add(RejectedInput.Problem.of("password", "accounts.password.tooLong", MAX_LENGTH));
		}
		else if (password.isBlank()) {
			problems.add(RejectedInput.Problem.of("password", "accounts.password.blank"));
		}
		if (!password.equals(confirmation)) {
			problems.add(RejectedInput.Problem.of("confirmation", "accounts.password.mismatch"));
		}
		return problems;
	}
}
