package org.enlace.accounts;

import java.util.List;

import org.enlace.audit.AuditTrail;
import org.enlace.shared.Actor;
import org.enlace.shared.NotFoundException;
import org.enlace.shared.PageOf;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administration of accounts: listing them, inviting people, changing grants, disabling.
 * Administrators only; anyone else gets {@link org.enlace.shared.ForbiddenException}.
 */
@Service
public class AccountAdministration {

	static final int PAGE_SIZE = 50;

	private final AccountRepository accounts;

	private final InvitingMembers inviting;

	private final GrantingAccess granting;

	private final AuditTrail audit;

	AccountAdministration(AccountRepository accounts, InvitingMembers inviting, GrantingAccess granting,
			AuditTrail audit) {
		this.accounts = accounts;
		this.inviting = inviting;
		this.granting = granting;
		this.audit = audit;
	}

	/** All accounts, by user name, a page at a time. */
	@Transactional(readOnly = true)
	public PageOf<Accounts.AccountView> list(Actor actor, int page) {
		AdminOnly.require(actor);
		var found = accounts.listed(PageRequest.of(Math.max(0, page), PAGE_SIZE));
		return new PageOf<>(found.map(Accounts.AccountView::of).getContent(), found.getNumber(), PAGE_SIZE,
				found.getTotalElements());
	}

	@Transactional(readOnly = true)
	public Accounts.AccountView account(Actor actor, long id) {
		AdminOnly.require(actor);
		return accounts.findById(id).map(Accounts.AccountView::of).orElseThrow(() -> new NotFoundException("account"));
	}

	/** What was changed on an account, and by whom. */
	@Transactional(readOnly = true)
	public List<AuditTrail.AuditRecord> history(Actor actor, long id) {
		account(actor, id);
		return audit.history("account", id);
	}

	/** Creates the account without a password and mails the invitation. */
	public Invited invite(Actor actor, Invitation invitation) {
		return inviting.invite(actor, invitation);
	}

	/** Mails a new invitation to an account not yet accepted; false when the mail could not be sent. */
	public boolean resendInvitation(Actor actor, long accountId) {
		return inviting.resend(actor, accountId);
	}

	/** Replaces the account's grants and enables or disables it. */
	public void changeAccess(Actor actor, long accountId, AccessChange change) {
		granting.change(actor, accountId, change);
	}
}
