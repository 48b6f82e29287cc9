package org.enlace.accounts;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.enlace.shared.Grant;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts facade: creating accounts and looking them up. */
@Service
public class Accounts {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Clock clock = Clock.systemUTC();

	Accounts(AccountRepository accounts, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
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

	/** What a new account is made of. */
	public record NewAccount(String username, String email, String displayName, String password, Set<Grant> grants,
			boolean demo) {
	}

	/** An account as other modules and pages see it (never its password). */
	public record AccountView(long id, String username, String email, String displayName, String language,
			boolean enabled, boolean demo, Set<Grant> grants) {

		static AccountView of(Account a) {
			return new AccountView(a.getId(), a.getUsername(), a.getEmail(), a.getDisplayName(), a.getLanguage(),
					a.isEnabled(), a.isDemo(), a.getGrants());
		}
	}
}
