package org.enlace.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enlace.audit.AuditTrail;
import org.enlace.shared.Actor;
import org.enlace.shared.Grant;
import org.enlace.shared.NotFoundException;
import org.enlace.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator changes what an account may do, or disables it. The platform always keeps one
 * enabled administrator, and an administrator cannot lock themselves out by disabling their own
 * account.
 */
@Service
class GrantingAccess {

	private final AccountRepository accounts;

	private final Scopes scopes;

	private final AuditTrail audit;

	GrantingAccess(AccountRepository accounts, Scopes scopes, AuditTrail audit) {
		this.accounts = accounts;
		this.scopes = scopes;
		this.audit = audit;
	}

	@Transactional
	void change(Actor actor, long accountId, AccessChange change) {
		AdminOnly.require(actor);
		Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
		if (account.getVersion() != change.version()) {
			throw RejectedInput.of(null, "accounts.admin.stale");
		}
		List<RejectedInput.Problem> problems = new ArrayList<>();
		Set<Grant> grants = scopes.check(actor, change.grants(), problems);
		boolean self = account.getUsername().equalsIgnoreCase(actor.username());
		if (self && !change.enabled()) {
			problems.add(RejectedInput.Problem.of("enabled", "accounts.admin.cannotDisableSelf"));
		}
		boolean staysAdmin = change.enabled() && grants.stream().anyMatch(g -> g.role() == Role.ADMIN);
		if (account.isEnabled() && account.isAdministrator() && !staysAdmin
				&& accounts.countEnabledAdministrators() <= 1) {
			problems.add(RejectedInput.Problem.of(null, "accounts.admin.lastAdmin"));
		}
		RejectedInput.throwIfAny(problems);
		Map<String, String> before = account.snapshot();
		account.replaceGrants(grants);
		if (change.enabled()) {
			account.enable();
		}
		else {
			account.disable();
		}
		audit.record(actor, "account", account.getId(), "UPDATED", before, account.snapshot());
	}
}
