package org.enlace.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The forms behind the e-mailed links. */
final class LinkForms {

	private LinkForms() {
	}

	record ForgotForm(@NotBlank(message = "{accounts.forgot.identifier.required}")
	@Size(max = 254, message = "{accounts.forgot.identifier.tooLong}") String identifier) {
	}

	/** A new password set from a link; the token travels in a hidden field. */
	record NewPasswordForm(String token, String password, String confirmation) {
	}
}
