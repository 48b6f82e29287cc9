package org.enlace.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTests {

	@Test
	void countsCharactersAsPeopleSeeThem() {
		String elevenEmoji = "🔐".repeat(11);
		String twelveEmoji = "🔐".repeat(12);
		assertThat(elevenEmoji.length()).isEqualTo(22);

		assertThat(PasswordRules.check(elevenEmoji, elevenEmoji)).extracting(RejectedInput.Problem::code)
			.containsExactly("accounts.password.tooShort");
		assertThat(PasswordRules.check(twelveEmoji, twelveEmoji)).isEmpty();
	}

	@Test
	void acceptsUpTo1024CharactersOfAnyScript() {
		String longest = "密".repeat(1024);
		assertThat(PasswordRules.check(longest, longest)).isEmpty();
		String tooLong = longest + "a";
		assertThat(PasswordRules.check(tooLong, tooLong)).extracting(RejectedInput.Problem::code)
			.containsExactly("accounts.password.tooLong");
	}

	@Test
	void refusesEmptyBlankAndMismatchedPasswords() {
		assertThat(PasswordRules.check("", "")).extracting(RejectedInput.Problem::code)
			.containsExactly("accounts.password.required");
		assertThat(PasswordRules.check(" ".repeat(14), " ".repeat(14))).extracting(RejectedInput.Problem::code)
			.containsExactly("accounts.password.blank");
		assertThat(PasswordRules.check("a long enough password", "another one entirely"))
			.extracting(RejectedInput.Problem::field)
			.containsExactly("confirmation");
	}
}
