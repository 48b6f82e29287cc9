package org.enlace.accounts;

import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The e-mailed links that set a password: a reset for someone who forgot theirs, an invitation for
 * someone new. A link that is unknown, expired or used gives {@link LinkNotUsable} and changes
 * nothing.
 */
@Service
public class PasswordLinks {

	private final ResettingPasswords resetting;

	private final AcceptingInvitations accepting;

	PasswordLinks(ResettingPasswords resetting, AcceptingInvitations accepting) {
		this.resetting = resetting;
		this.accepting = accepting;
	}

	/**
	 * Mails a reset link to the account with this user name or e-mail address, if there is one.
	 * Returns at once and the same way whether or not the account exists.
	 */
	public void requestReset(String usernameOrEmail) {
		resetting.request(usernameOrEmail);
	}

	/** The user name a usable reset link is for. */
	public Optional<String> resetFor(String token) {
		return resetting.holder(token);
	}

	public void reset(String token, String password, String confirmation) {
		resetting.reset(token, password, confirmation);
	}

	/** The invitee a usable invitation link is for. */
	public Optional<Accounts.AccountView> invitationFor(String token) {
		return accepting.invitee(token);
	}

	public void accept(String token, String password, String confirmation) {
		accepting.accept(token, password, confirmation);
	}
}
