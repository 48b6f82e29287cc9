package org.enlace.commitments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.enlace.commitments.Facts.CommitmentFacts;
import org.enlace.commitments.Facts.InstrumentFacts;
import org.enlace.commitments.Facts.MeasureFacts;
import org.enlace.shared.LocalizedText;

/**
 * Flat field maps for the audit trail. Commitments are recorded against their instrument (field
 * names {@code commitment[3].text.es}), so the instrument's page shows its whole history from one
 * query; measures have their own history.
 */
final class KeepingSnapshots {

	static final String INSTRUMENT = "instrument";

	static final String MEASURE = "agreed-measure";

	private KeepingSnapshots() {
	}

	static Map<String, String> of(InstrumentFacts f) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("kind", text(f.kind()));
		m.put("body", f.bodyCode());
		put(m, "title", f.title());
		put(m, "text", f.text());
		m.put("originalLanguage", f.originalLanguage());
		m.put("adoptedOn", text(f.adoptedOn()));
		m.put("meeting", f.meeting());
		m.put("documents", f.documents().stream().map(d -> d.label() + " <" + d.url() + ">")
			.collect(Collectors.joining("; ")));
		m.put("accessLevel", text(f.accessLevel()));
		return m;
	}

	/** {@code number} names the commitment in the field names: the number it had before the change. */
	static Map<String, String> of(String number, CommitmentFacts f) {
		Map<String, String> m = new LinkedHashMap<>();
		String part = "commitment[" + number + "].";
		m.put(part + "number", f.number());
		put(m, part + "text", f.text());
		m.put(part + "originalLanguage", f.originalLanguage());
		return m;
	}

	static Map<String, String> applicability(String number, Map<String, Boolean> overrides) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("commitment[" + number + "].countriesAdded", overrides.entrySet().stream()
			.filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.joining(" ")));
		m.put("commitment[" + number + "].countriesRemoved", overrides.entrySet().stream()
			.filter(e -> !e.getValue()).map(Map.Entry::getKey).collect(Collectors.joining(" ")));
		return m;
	}

	static Map<String, String> of(MeasureFacts f) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("code", f.code());
		put(m, "title", f.title());
		put(m, "description", f.description());
		m.put("originalLanguage", f.originalLanguage());
		m.put("responsibleBody", f.responsibleBody());
		m.put("targetDate", text(f.targetDate()));
		m.put("estimatedCostUsd", f.estimatedCostUsd() == null ? null : f.estimatedCostUsd().toPlainString());
		m.put("gcmObjectives", join(f.gcmObjectives()));
		m.put("sdgTargets", join(f.sdgTargets()));
		m.put("themes", join(f.themes()));
		return m;
	}

	private static void put(Map<String, String> m, String field, LocalizedText t) {
		m.put(field + ".es", t == null ? null : t.es());
		m.put(field + ".en", t == null ? null : t.en());
		m.put(field + ".fr", t == null ? null : t.fr());
	}

	private static String join(java.util.Collection<?> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(" "));
	}

	private static String text(Object value) {
		return Objects.toString(value, null);
	}
}
