package org.enlace.directory;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs "confirm your entry" links with HMAC-SHA256. The key lives in the database (made on first
 * use) rather than in configuration, so links keep working across restarts and instances without
 * anyone having to manage a secret.
 */
@Component
class LinkSigner {

	private static final String ALGORITHM = "HmacSHA256";

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private volatile byte[] key;

	LinkSigner(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		// The key is made in a transaction of its own: the first link may be signed inside a read-only one.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	String sign(String type, long id, long expires) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key(), ALGORITHM));
			byte[] signature = mac.doFinal((type + "/" + id + "/" + expires).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
		}
	}

	/** Compares in constant time, so timing does not reveal how much of a forged signature is right. */
	boolean isValid(String type, long id, long expires, String signature) {
		if (signature == null) {
			return false;
		}
		return MessageDigest.isEqual(sign(type, id, expires).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] key() {
		byte[] known = key;
		if (known == null) {
			known = ownTransaction.execute(status -> loadOrCreate());
			key = known;
		}
		return known;
	}

	private byte[] loadOrCreate() {
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		// Two instances starting together both try; the first wins and both read its key.
		jdbc.sql("insert into directory_link_key (id, secret, created_at) values (1, ?, ?) on conflict (id) do nothing")
			.params(fresh, Timestamp.from(Instant.now()))
			.update();
		return jdbc.sql("select secret from directory_link_key where id = 1").query(byte[].class).single();
	}
}
