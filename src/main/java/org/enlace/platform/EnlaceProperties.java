package org.enlace.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform, bound from {@code enlace.*} (and the {@code ENLACE_*} environment
 * variables mapped in {@code application.properties}).
 *
 * @param dataDir where the embedded database, the index and files live
 * @param demo whether to load the demo dataset on first start
 * @param adminPassword password of the first administrator; generated when empty
 * @param bootstrapApiToken an API token with the first administrator's rights, created on first start
 * @param baseUrl the public address, used in e-mailed links
 * @param mailFrom sender of the platform's e-mails
 * @param staleAfter age after which a directory entry counts as stale
 * @param invitationValidity how long an invitation link works
 * @param resetValidity how long a password-reset link works
 */
@ConfigurationProperties("enlace")
public record EnlaceProperties(
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("false") boolean demo,
		String adminPassword,
		String bootstrapApiToken,
		@DefaultValue("http://localhost:8080") URI baseUrl,
		@DefaultValue("enlace@localhost") String mailFrom,
		@DefaultValue("P12M") Period staleAfter,
		@DefaultValue("P7D") Duration invitationValidity,
		@DefaultValue("PT2H") Duration resetValidity) {
}
