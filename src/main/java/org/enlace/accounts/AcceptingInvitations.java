package org.enlace.accounts;

import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.enlace.accounts.OneTimeLinks.Purpose.INVITATION;

/** An invitee follows the link in their invitation and sets a password; then they can sign in. */
@Service
class AcceptingInvitations {

	private final AccountRepository accounts;

	private final OneTimeLinks links;

	private final PasswordEncoder passwords;

	AcceptingInvitations(AccountRepository accounts, OneTimeLinks links, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.links = links;
		this.passwords = passwords;
	}

	/** The invitee a usable invitation link belongs to. */
	@Transactional(readOnly = true)
	Optional<Accounts.AccountView> invitee(String token) {
		return links.holder(token, INVITATION).flatMap(accounts::findById).filter(this::pending)
			.map(Accounts.AccountView::of);
	}

	@Transactional
	void accept(String token, String password, String confirmation) {
		if (invitee(token).isEmpty()) {
			throw new LinkNotUsable();
		}
		RejectedInput.throwIfAny(PasswordRules.check(password, confirmation));
		Account account = links.consume(token, INVITATION)
			.flatMap(accounts::findById)
			.filter(this::pending)
			.orElseThrow(LinkNotUsable::new);
		account.changePassword(passwords.encode(password));
	}

	/** Invited, not disabled since, and no password yet. */
	private boolean pending(Account account) {
		return account.isEnabled() && !account.hasPassword();
	}
}
