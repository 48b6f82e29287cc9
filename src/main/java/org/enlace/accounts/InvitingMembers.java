package org.enlace.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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

	/** Lowercase, so that user names read the same everywhere; no '@', which marks an e-mail address. */
	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	/** Enough to catch typing mistakes; whether the address works, the invitation mail will tell. */
	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

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
		String username = stripped(invitation.username());
		String email = stripped(invitation.email());
		String displayName = stripped(invitation.displayName());
		List<RejectedInput.Problem> problems = new ArrayList<>();
		if (username.isEmpty()) {
			problems.add(RejectedInput.Problem.of("username", "accounts.username.required"));
		}
		else if (!USERNAME.matcher(username).matches()) {
			problems.add(RejectedInput.Problem.of("username", "accounts.username.pattern"));
		}
		else if (accounts.findByUsername(username).isPresent()) {
			problems.add(RejectedInput.Problem.of("username", "accounts.invite.username.taken"));
		}
		if (displayName.isEmpty()) {
			problems.add(RejectedInput.Problem.of("displayName", "accounts.profile.name.required"));
		}
		else if (displayName.length() > EditingProfiles.MAX_NAME_LENGTH) {
			problems.add(RejectedInput.Problem.of("displayName", "accounts.profile.name.tooLong",
					EditingProfiles.MAX_NAME_LENGTH));
		}
		if (email.isEmpty()) {
			problems.add(RejectedInput.Problem.of("email", "accounts.email.required"));
		}
		else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			problems.add(RejectedInput.Problem.of("email", "accounts.email.invalid"));
		}
		else if (accounts.findByEmail(email).isPresent()) {
			problems.add(RejectedInput.Problem.of("email", "accounts.invite.email.taken"));
		}
		if (!Languages.isSupported(invitation.language())) {
			problems.add(RejectedInput.Problem.of("language", "accounts.profile.language.unknown"));
		}
		Set<Grant> grants = scopes.check(actor, invitation.grants(), problems);
		RejectedInput.throwIfAny(problems);
		Account account = new Account(username, email, displayName, clock.instant());
		account.chooseLanguage(invitation.language());
		grants.forEach(account::grant);
		accounts.saveAndFlush(account);
		audit.record(actor, "account", account.getId(), "CREATED", null, account.snapshot());
		return new Invited(account.getId(), invitations.send(account));
	}

	private static String stripped(String value) {
		return value == null ? "" : value.strip();
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
