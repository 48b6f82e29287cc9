package org.enlace.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.enlace.audit.AuditTrail;
import org.enlace.platform.web.Languages;
import org.enlace.shared.Actor;
import org.enlace.shared.Grant;
import org.enlace.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator invites someone: the account exists at once, without a password, and the
 * invitee sets one from the link in the invitation e-mail. A mail that could not be sent does not
 * undo the invitation; it can be sent again.
 */
@Service
class InvitingMembers {

	private final AccountRepository accounts;

	private final Scopes scopes;

	private final SendingInvitations invitations;

	private final AuditTrail audit;

	private final Clock clock = Clock.systemUTC();

	InvitingMembers(AccountRepository accounts, Scopes scopes, SendingInvitations invitations, AuditTrail audit) {
		this.accounts = accounts;
		this.scopes = scopes;
		this.invitations = invitations;
		this.audit = audit;
	}

	@Transactional
	Invited invite(Actor actor, Invitation invitation) {
		AdminOnly.require(actor);
		List<RejectedInput.Problem> problems = new ArrayList<>();
		if (accounts.findByUsername(invitation.username()).isPresent()) {
			problems.add(RejectedInput.Problem.of("username", "accounts.invite.username.taken"));
		}
		if (accounts.findByEmail(invitation.email()).isPresent()) {
			problems.add(RejectedInput.Problem.of("email", "accounts.invite.email.taken"));
		}
		if (!Languages.isSupported(invitation.language())) {
			problems.add(RejectedInput.Problem.of("language", "accounts.profile.language.unknown"));
		}
		Set<Grant> grants = scopes.check(actor, invitation.grants(), problems);
		RejectedInput.throwIfAny(problems);
		Account account = new Account(invitation.username(), invitation.email(), invitation.displayName(),
				clock.instant());
		account.chooseLanguage(invitation.language());
		grants.forEach(account::grant);
		accounts.saveAndFlush(account);
		audit.record(actor, "account", account.getId(), "CREATED", null, account.snapshot());
		return new Invited(account.getId(), invitations.send(account));
	}

	/** Sends a fresh invitation to an account that has not accepted yet. */
	@Transactional
	boolean resend(Actor actor, long accountId) {
		AdminOnly.require(actor);
		Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
		if (account.hasPassword()) {
			throw RejectedInput.of(null, "accounts.invite.alreadyAccepted");
		}
		return invitations.send(account);
	}
}
