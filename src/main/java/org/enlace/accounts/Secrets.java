package org.enlace.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets handed to people (API tokens, e-mailed links) and the hashes we keep of them. The
 * secrets carry 256 random bits, so a fast hash is enough: there is nothing to guess a dictionary
 * word from, and a slow hash would only slow down every API call.
 */
final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	static String newSecret(String prefix) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String raw) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Whether a value from a request can be a secret of ours at all (cheap guard before hashing). */
	static boolean plausible(String raw) {
		return raw != null && !raw.isBlank() && raw.length() <= 200;
	}
}
