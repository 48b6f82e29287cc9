package org.enlace.commitments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.enlace.shared.LocalizedText;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries the instruments listed in {@code classpath:reference/mechanisms.json} into the database,
 * after the mechanisms loader. Each is recognised by a reference key (mechanism and title as
 * shipped), so running again adds only what is new and never undoes a secretariat's edit.
 */
@Component
@Order(20)
class InstrumentLoader implements ApplicationRunner {

	private final InstrumentRepository instruments;

	private final JsonMapper json;

	InstrumentLoader(InstrumentRepository instruments, JsonMapper json) {
		this.instruments = instruments;
		this.json = json;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		JsonNode root;
		try (InputStream in = new ClassPathResource("reference/mechanisms.json").getInputStream()) {
			root = json.readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		for (JsonNode mechanism : root.get("mechanisms")) {
			String code = mechanism.get("code").asString();
			JsonNode list = mechanism.get("instruments");
			if (list == null) {
				continue;
			}
			for (JsonNode i : list) {
				LocalizedText title = LocalizedText.of(text(i.get("title"), "es"), text(i.get("title"), "en"),
						text(i.get("title"), "fr"));
				String key = code + ":" + (title.en() != null ? title.en() : title.in("es"));
				if (!instruments.existsByReferenceKey(key)) {
					// The mechanisms of the region adopt their texts in Spanish.
					instruments.save(Instrument.fromReference(key, code, InstrumentKind.fromReference(text(i, "kind")),
							title, "es", i.has("year") ? i.get("year").asInt() : null, text(i, "notes")));
				}
			}
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}
}
