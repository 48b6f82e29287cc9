package org.enlace.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secrets of links we e-mail (invitations, password resets). Only their SHA-256 hash is kept: a
 * copy of the database does not let anyone use a link. A link works once, until it expires.
 */
@Component
class OneTimeLinks {

	enum Purpose {
		INVITATION, PASSWORD_RESET
	}

	private final JdbcClient jdbc;

	private final Clock clock = Clock.systemUTC();

	OneTimeLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates a link for the account and returns its secret, which goes into the e-mail only. */
	String issue(long accountId, Purpose purpose, Duration validity) {
		String raw = Secrets.newSecret("");
		jdbc.sql("insert into account_link (account_id, purpose, token_hash, expires_at) values (?, ?, ?, ?)")
			.params(accountId, purpose.name(), Secrets.hash(raw), Timestamp.from(clock.instant().plus(validity)))
			.update();
		return raw;
	}

	/** The account a usable link belongs to; empty when unknown, expired or used. */
	Optional<Long> holder(String raw, Purpose purpose) {
		if (!Secrets.plausible(raw)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select account_id from account_link
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
			.params(Secrets.hash(raw), purpose.name(), now())
			.query(Long.class)
			.optional();
	}

	/**
	 * Uses the link up, and every other open link of the same purpose for the account with it.
	 * Returns the account, or empty when the link was not usable (also when another request used it
	 * a moment ago).
	 */
	Optional<Long> consume(String raw, Purpose purpose) {
		if (!Secrets.plausible(raw)) {
			return Optional.empty();
		}
		Optional<Long> account = jdbc.sql("""
				update account_link set used_at = ?
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
				returning account_id""")
			.params(now(), Secrets.hash(raw), purpose.name(), now())
			.query(Long.class)
			.optional();
		account.ifPresent(id -> retireAll(id, purpose));
		return account;
	}

	/** Makes every open link of this purpose for the account unusable. */
	void retireAll(long accountId, Purpose purpose) {
		jdbc.sql("update account_link set used_at = ? where account_id = ? and purpose = ? and used_at is null")
			.params(now(), accountId, purpose.name())
			.update();
	}

	/** How many links of this purpose the account has that still work. */
	int open(long accountId, Purpose purpose) {
		return jdbc.sql("""
				select count(*) from account_link
				where account_id = ? and purpose = ? and used_at is null and expires_at > ?""")
			.params(accountId, purpose.name(), now())
			.query(Integer.class)
			.single();
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}
}
