package org.enlace.platform.security;

import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;

/** Resolves a personal API token (sent as {@code Authorization: Bearer …}) to its account. */
public interface ApiTokenAuthenticator {

	/** The account the token belongs to, or empty when the token is unknown, revoked or disabled. */
	Optional<UserDetails> authenticate(String rawToken);
}
