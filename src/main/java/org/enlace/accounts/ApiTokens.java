package org.enlace.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.enlace.platform.security.ApiTokenAuthenticator;
import org.enlace.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. Only a SHA-256 hash is stored: tokens are long random strings, so a slow
 * password hash would add nothing but latency to every API call.
 */
@Service
public class ApiTokens implements ApiTokenAuthenticator {

	static final String PREFIX = "enl_";

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final Clock clock = Clock.systemUTC();

	ApiTokens(JdbcClient jdbc, AccountRepository accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/** Creates a token for the account and returns it; it is shown once and never again. */
	@Transactional
	public String issue(String username, String name) {
		String raw = Secrets.newSecret(PREFIX);
		register(username, name, raw);
		return raw;
	}

	/** Registers a token whose value was chosen elsewhere (deployment automation). */
	@Transactional
	public void register(String username, String name, String raw) {
		Account account = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("account"));
		jdbc.sql("insert into api_token (account_id, name, token_hash, created_at) values (?, ?, ?, ?) "
				+ "on conflict (token_hash) do nothing")
			.params(account.getId(), name, Secrets.hash(raw), Timestamp.from(clock.instant()))
			.update();
	}

	@Transactional(readOnly = true)
	public List<TokenView> tokensOf(String username) {
		return jdbc.sql("""
				select t.id, t.name, t.created_at, t.last_used_at from api_token t join account a on a.id = t.account_id
				where lower(a.username) = lower(?) and t.revoked_at is null order by t.created_at desc""")
			.param(username)
			.query((rs, i) -> new TokenView(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** Revokes one of the user's own tokens; another user's token is not found. */
	@Transactional
	public void revoke(String username, long tokenId) {
		int updated = jdbc.sql("""
				update api_token t set revoked_at = ? from account a
				where a.id = t.account_id and lower(a.username) = lower(?) and t.id = ? and t.revoked_at is null""")
			.params(Timestamp.from(clock.instant()), username, tokenId)
			.update();
		if (updated == 0) {
			throw new NotFoundException("token");
		}
	}

	@Override
	@Transactional
	public Optional<UserDetails> authenticate(String rawToken) {
		if (!Secrets.plausible(rawToken)) {
			return Optional.empty();
		}
		Optional<Long> accountId = jdbc
			.sql("update api_token set last_used_at = ? where token_hash = ? and revoked_at is null returning account_id")
			.params(Timestamp.from(clock.instant()), Secrets.hash(rawToken))
			.query(Long.class)
			.optional();
		return accountId.flatMap(accounts::findById)
			.filter(Account::isEnabled)
			.map(AccountDetails::new);
	}

	/** A token as its owner sees it: never its value. */
	public record TokenView(long id, String name, java.time.Instant createdAt, java.time.Instant lastUsedAt) {
	}
}
