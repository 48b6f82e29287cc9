package org.enlace.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.enlace.shared.Actor;
import org.enlace.shared.Grant;
import org.enlace.shared.NotFoundException;
import org.enlace.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts facade: looking accounts up and keeping one's own profile. Administration is in
 * {@link AccountAdministration}, e-mailed links in {@link PasswordLinks}. Input that is refused
 * gives {@link RejectedInput} with every problem at once.
 */
@Service
public class Accounts {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final EditingProfiles profiles;

	private final Scopes scopes;

	private final Clock clock = Clock.systemUTC();

	Accounts(AccountRepository accounts, PasswordEncoder passwords, EditingProfiles profiles, Scopes scopes) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.profiles = profiles;
		this.scopes = scopes;
	}

	/** Creates an account that can sign in at once with the given password. */
	@Transactional
	public long create(NewAccount request) {
		if (accounts.findByUsername(request.username()).isPresent()) {
			throw new IllegalArgumentException("username taken: " + request.username());
		}
		Account account = new Account(request.username(), request.email(), request.displayName(), clock.instant());
		if (request.password() != null) {
			account.setPasswordHash(passwords.encode(request.password()));
		}
		request.grants().forEach(account::grant);
		if (request.demo()) {
			account.markDemo();
		}
		return accounts.save(account).getId();
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return accounts.findByUsername(username).isPresent();
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(String username) {
		return accounts.findByUsername(username).map(AccountView::of);
	}

	/** The enabled accounts holding a scoped role, e.g. the secretariat of a mechanism: whom to tell. */
	@Transactional(readOnly = true)
	public List<AccountView> holdersOf(Role role, String scope) {
		return accounts.enabledHolders(role.name(), scope).stream().map(AccountView::of).toList();
	}

	// --- one's own profile

	/** The signed-in actor's own account; not found for anonymous visitors. */
	@Transactional(readOnly = true)
	public AccountView profile(Actor actor) {
		return Optional.ofNullable(actor.username())
			.flatMap(this::find)
			.orElseThrow(() -> new NotFoundException("account"));
	}

	/** Grants as pages show them, with readable scope names in the reader's language. */
	@Transactional(readOnly = true)
	public List<GrantLabel> describe(Actor actor, Set<Grant> grants, Locale locale) {
		return scopes.describe(actor, grants, locale);
	}

	public void rename(Actor actor, String displayName) {
		profiles.rename(actor, displayName);
	}

	public void chooseLanguage(Actor actor, String language) {
		profiles.chooseLanguage(actor, language);
	}

	public void changePassword(Actor actor, String currentPassword, String password, String confirmation) {
		profiles.changePassword(actor, currentPassword, password, confirmation);
	}

	/** What a new account is made of. */
	public record NewAccount(String username, String email, String displayName, String password, Set<Grant> grants,
			boolean demo) {
	}

	/** An account as other modules and pages see it (never its password). */
	public record AccountView(long id, String username, String email, String displayName, String language,
			boolean enabled, boolean demo, Set<Grant> grants, boolean invitationPending, Instant createdAt,
			int version) {

		static AccountView of(Account a) {
			return new AccountView(a.getId(), a.getUsername(), a.getEmail(), a.getDisplayName(), a.getLanguage(),
					a.isEnabled(), a.isDemo(), a.getGrants(), !a.hasPassword(), a.getCreatedAt(), a.getVersion());
		}

		public boolean isAdministrator() {
			return grants.stream().anyMatch(g -> g.role() == Role.ADMIN);
		}
	}
}
