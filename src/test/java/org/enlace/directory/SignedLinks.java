package org.enlace.directory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signs confirmation links as the platform does, from the key in the database, so tests can
 * make good, tampered and expired links without mailing them.
 */
public final class SignedLinks {

	private SignedLinks() {
	}

	public static String path(JdbcClient jdbc, String type, long id, long expires) {
		return "/verify/" + type + "/" + id + "?expires=" + expires + "&sig=" + signature(jdbc, type, id, expires);
	}

	public static String signature(JdbcClient jdbc, String type, long id, long expires) {
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		jdbc.sql("insert into directory_link_key (id, secret, created_at) values (1, ?, ?) on conflict (id) do nothing")
			.params(fresh, Timestamp.from(Instant.now()))
			.update();
		byte[] key = jdbc.sql("select secret from directory_link_key where id = 1").query(byte[].class).single();
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding()
				.encodeToString(mac.doFinal((type + "/" + id + "/" + expires).getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
