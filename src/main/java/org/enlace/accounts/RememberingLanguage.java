package org.enlace.accounts;

import org.enlace.platform.web.LanguageChosen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the language a user chose, so it follows them to another device. */
@Component
class RememberingLanguage {

	private final AccountRepository accounts;

	RememberingLanguage(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@EventListener
	@Transactional
	void on(LanguageChosen event) {
		accounts.findByUsername(event.username()).ifPresent(a -> a.chooseLanguage(event.language()));
	}
}
