package org.enlace.accounts;

import java.util.ArrayList;
import java.util.List;

import org.enlace.platform.web.Languages;
import org.enlace.shared.Actor;
import org.enlace.shared.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person keeps their own profile: name, language, password. */
@Service
class EditingProfiles {

	static final int MAX_NAME_LENGTH = 200;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final OneTimeLinks links;

	EditingProfiles(AccountRepository accounts, PasswordEncoder passwords, OneTimeLinks links) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.links = links;
	}

	@Transactional
	void rename(Actor actor, String displayName) {
		String name = displayName == null ? "" : displayName.strip();
		if (name.isEmpty()) {
			throw RejectedInput.of("displayName", "accounts.profile.name.required");
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw RejectedInput.of("displayName", "accounts.profile.name.tooLong", MAX_NAME_LENGTH);
		}
		own(actor).rename(name);
	}

	@Transactional
	void chooseLanguage(Actor actor, String language) {
		if (!Languages.isSupported(language)) {
			throw RejectedInput.of("language", "accounts.profile.language.unknown");
		}
		own(actor).chooseLanguage(language);
	}

	@Transactional
	void changePassword(Actor actor, String current, String password, String confirmation) {
		Account account = own(actor);
		List<RejectedInput.Problem> problems = new ArrayList<>();
		if (current == null || current.isEmpty() || !account.hasPassword()
				|| !passwords.matches(current, account.getPasswordHash())) {
			problems.add(RejectedInput.Problem.of("currentPassword", "accounts.password.currentWrong"));
		}
		problems.addAll(PasswordRules.check(password, confirmation));
		RejectedInput.throwIfAny(problems);
		account.changePassword(passwords.encode(password));
		// A reset link asked for before the change must not undo it.
		links.retireAll(account.getId(), OneTimeLinks.Purpose.PASSWORD_RESET);
	}

	private Account own(Actor actor) {
		if (!actor.isSignedIn()) {
			throw new NotFoundException("account");
		}
		return accounts.findByUsername(actor.username()).orElseThrow(() -> new NotFoundException("account"));
	}
}
