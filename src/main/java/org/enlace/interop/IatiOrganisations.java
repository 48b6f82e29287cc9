package org.enlace.interop;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.enlace.activities.ActivityRecord.Participant;
import org.springframework.core.io.ClassPathResource;

/**
 * How IATI names the organisations of the directory. The directory keeps no IATI organisation
 * identifier yet, so the identifiers of the organisations that publish to IATI under a known one
 * ship in {@code interop/iati-organisation-identifiers.csv}, by acronym. Types follow the IATI
 * OrganisationType codelist.
 */
final class IatiOrganisations {

	/** The reporting organisation's {@code @ref} when no IATI identifier is known: the directory's own number. */
	static final String FALLBACK_PREFIX = "ENLACE-ORG-";

	/** IATI OrganisationType "Other", for an organisation whose type is unknown. */
	static final String OTHER = "90";

	private final Map<String, String> identifiers = new HashMap<>();

	IatiOrganisations() {
		try (Reader in = new InputStreamReader(
				new ClassPathResource("interop/iati-organisation-identifiers.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				identifiers.put(r.get("acronym").toUpperCase(Locale.ROOT), r.get("iati_identifier"));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The organisation's IATI identifier, when it has a known one. */
	Optional<String> identifier(Participant p) {
		return p.acronym() == null ? Optional.empty()
				: Optional.ofNullable(identifiers.get(p.acronym().toUpperCase(Locale.ROOT)));
	}

	/** The identifier, else {@code ENLACE-ORG-<directory id>}: {@code reporting-org/@ref} is required. */
	String reference(Participant p) {
		return identifier(p).orElse(FALLBACK_PREFIX + p.organizationId());
	}

	/** The IATI OrganisationType code of a directory organisation type; null when unknown. */
	static String type(String kind) {
		if (kind == null) {
			return null;
		}
		return switch (kind) {
			case "GOVERNMENT", "DONOR" -> "10";
			case "INTERNATIONAL", "DEVELOPMENT_BANK" -> "40";
			case "CIVIL_SOCIETY" -> "22";
			case "ACADEMIA" -> "80";
			default -> null;
		};
	}
}
