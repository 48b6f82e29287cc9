package org.enlace.accounts;

import java.util.List;

import org.enlace.platform.EnlaceProperties;
import org.springframework.stereotype.Component;

import static org.enlace.accounts.OneTimeLinks.Purpose.INVITATION;

/** Mails an invitation link; the administrator waits for it, so they learn whether it went out. */
@Component
class SendingInvitations {

	private final OneTimeLinks links;

	private final AccountMails mails;

	private final EnlaceProperties properties;

	SendingInvitations(OneTimeLinks links, AccountMails mails, EnlaceProperties properties) {
		this.links = links;
		this.mails = mails;
		this.properties = properties;
	}

	/** Issues a link (older ones stop working) and mails it; false when the mail server failed. */
	boolean send(Account account) {
		links.retireAll(account.getId(), INVITATION);
		String token = links.issue(account.getId(), INVITATION, properties.invitationValidity());
		long days = Math.max(1, properties.invitationValidity().plusHours(23).toDays());
		return mails.send(new AccountMails.Mail(account.getEmail(), account.getLanguage(),
				"accounts.mail.invitation.subject", "accounts.mail.invitation.body",
				List.of(account.getDisplayName(), account.getUsername(),
						mails.link("/invitations/accept?token=" + token), days)));
	}
}
