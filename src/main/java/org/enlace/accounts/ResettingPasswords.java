package org.enlace.accounts;

import java.util.List;
import java.util.Optional;

import org.enlace.platform.EnlaceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.enlace.accounts.OneTimeLinks.Purpose.PASSWORD_RESET;

/**
 * Someone who forgot their password asks for a link by e-mail and sets a new one with it. Asking
 * behaves the same whether or not the account exists: the mail goes out in the background.
 */
@Service
class ResettingPasswords {

	private static final Logger log = LoggerFactory.getLogger(ResettingPasswords.class);

	/** Open links per account: enough for a lost mail or two, too few to flood a mailbox. */
	static final int MAX_OPEN_LINKS = 3;

	private final AccountRepository accounts;

	private final OneTimeLinks links;

	private final AccountMails mails;

	private final PasswordEncoder passwords;

	private final EnlaceProperties properties;

	ResettingPasswords(AccountRepository accounts, OneTimeLinks links, AccountMails mails,
			PasswordEncoder passwords, EnlaceProperties properties) {
		this.accounts = accounts;
		this.links = links;
		this.mails = mails;
		this.passwords = passwords;
		this.properties = properties;
	}

	@Transactional
	void request(String usernameOrEmail) {
		String identifier = usernameOrEmail == null ? "" : usernameOrEmail.strip();
		if (identifier.isEmpty() || identifier.length() > 254) {
			return;
		}
		Optional<Account> found = identifier.contains("@") ? accounts.findByEmail(identifier)
				: accounts.findByUsername(identifier);
		found.filter(Account::isEnabled).ifPresent(this::sendLink);
	}

	@Transactional(readOnly = true)
	Optional<String> holder(String token) {
		return links.holder(token, PASSWORD_RESET)
			.flatMap(accounts::findById)
			.filter(Account::isEnabled)
			.map(Account::getUsername);
	}

	@Transactional
	void reset(String token, String password, String confirmation) {
		if (holder(token).isEmpty()) {
			throw new LinkNotUsable();
		}
		RejectedInput.throwIfAny(PasswordRules.check(password, confirmation));
		Account account = links.consume(token, PASSWORD_RESET)
			.flatMap(accounts::findById)
			.filter(Account::isEnabled)
			.orElseThrow(LinkNotUsable::new);
		account.changePassword(passwords.encode(password));
	}

	private void sendLink(Account account) {
		if (links.open(account.getId(), PASSWORD_RESET) >= MAX_OPEN_LINKS) {
			log.info("Password reset for account {} not sent: {} links are still open", account.getId(),
					MAX_OPEN_LINKS);
			return;
		}
		String token = links.issue(account.getId(), PASSWORD_RESET, properties.resetValidity());
		long hours = Math.max(1, properties.resetValidity().plusMinutes(59).toHours());
		mails.sendLater(new AccountMails.Mail(account.getEmail(), account.getLanguage(),
				"accounts.mail.reset.subject", "accounts.mail.reset.body",
				List.of(account.getDisplayName(), mails.link("/password/reset?token=" + token), hours)));
	}
}
