package org.enlace.accounts;

import java.security.SecureRandom;
import java.util.Set;

import org.enlace.platform.EnlaceProperties;
import org.enlace.shared.Grant;
import org.enlace.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start (no administrator yet) creates {@code admin}, with the password from
 * {@code ENLACE_ADMIN_PASSWORD} or a generated one printed once in the log, and registers the
 * bootstrap API token if one is configured.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	static final String USERNAME = "admin";

	private final AccountRepository repository;

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final EnlaceProperties properties;

	FirstAdministrator(AccountRepository repository, Accounts accounts, ApiTokens tokens,
			EnlaceProperties properties) {
		this.repository = repository;
		this.accounts = accounts;
		this.tokens = tokens;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.anyAdministrator()) {
			return;
		}
		String password = properties.adminPassword();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			password = generatePassword();
		}
		accounts.create(new Accounts.NewAccount(USERNAME, "admin@localhost", "Administrator", password,
				Set.of(new Grant(Role.ADMIN, null)), false));
		if (generated) {
			log.warn("First administrator created. User: {}  Password: {}  (shown only this once)", USERNAME, password);
		}
		else {
			log.info("First administrator '{}' created with the password from ENLACE_ADMIN_PASSWORD", USERNAME);
		}
		String bootstrapToken = properties.bootstrapApiToken();
		if (bootstrapToken != null && !bootstrapToken.isBlank()) {
			tokens.register(USERNAME, "bootstrap", bootstrapToken.strip());
			log.info("Bootstrap API token registered for '{}'", USERNAME);
		}
	}

	private static String generatePassword() {
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return sb.toString();
	}
}
