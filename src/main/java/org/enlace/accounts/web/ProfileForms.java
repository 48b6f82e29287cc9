package org.enlace.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The forms of the profile page. Passwords are checked by the accounts module, not here. */
final class ProfileForms {

	private ProfileForms() {
	}

	record NameForm(String displayName) {
	}

	record LanguageForm(String language) {
	}

	record PasswordForm(String currentPassword, String password, String confirmation) {
	}

	record TokenForm(@NotBlank(message = "{accounts.tokens.name.required}")
	@Size(max = 100, message = "{accounts.tokens.name.tooLong}") String name) {
	}
}
