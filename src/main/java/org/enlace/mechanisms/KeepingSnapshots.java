package org.enlace.mechanisms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.enlace.mechanisms.Keeping.BodyFacts;
import org.enlace.mechanisms.Keeping.MechanismFacts;
import org.enlace.mechanisms.Keeping.MembershipFacts;
import org.enlace.mechanisms.Keeping.PresidencyFacts;
import org.enlace.shared.LocalizedText;

/**
 * Flat field maps of a mechanism and its parts, for the audit trail. Every change is recorded
 * against the mechanism (type {@value #ENTITY_TYPE}, id its code), with the part in the field name
 * ({@code body[VMM].name.es}), so the mechanism's page shows its whole history from one query,
 * removed parts included.
 */
final class KeepingSnapshots {

	static final String ENTITY_TYPE = "mechanism";

	private KeepingSnapshots() {
	}

	static Map<String, String> of(MechanismFacts f) {
		Map<String, String> m = new LinkedHashMap<>();
		put(m, "name", f.name());
		put(m, "acronym", f.acronym());
		m.put("type", f.kind());
		m.put("established", text(f.established()));
		m.put("secretariat", f.secretariat());
		m.put("presidencyRotation", f.presidencyRotation());
		m.put("notes", f.notes());
		return m;
	}

	/** {@code code} names the body in the field names: the code it had before the change. */
	static Map<String, String> of(String code, BodyFacts f) {
		Map<String, String> m = new LinkedHashMap<>();
		String part = "body[" + code + "].";
		m.put(part + "code", f.code());
		put(m, part + "name", f.name());
		m.put(part + "kind", f.kind() == null ? null : f.kind().code());
		m.put(part + "notes", f.notes());
		return m;
	}

	/** {@code label} names the membership in the field names, e.g. {@code MEX#12}. */
	static Map<String, String> of(String label, MembershipFacts f) {
		Map<String, String> m = new LinkedHashMap<>();
		String part = "membership[" + label + "].";
		m.put(part + "country", f.countryIso3());
		m.put(part + "status", text(f.status()));
		m.put(part + "since", text(f.since()));
		m.put(part + "until", text(f.until()));
		return m;
	}

	static Map<String, String> of(String label, PresidencyFacts f) {
		Map<String, String> m = new LinkedHashMap<>();
		String part = "presidency[" + label + "].";
		m.put(part + "country", f.countryIso3());
		m.put(part + "startsOn", text(f.startsOn()));
		m.put(part + "endsOn", text(f.endsOn()));
		return m;
	}

	/** How a membership or presidency is named in field names: its country and id. */
	static String label(String countryIso3, Long id) {
		return countryIso3 + "#" + id;
	}

	private static void put(Map<String, String> m, String field, LocalizedText text) {
		m.put(field + ".es", text == null ? null : text.es());
		m.put(field + ".en", text == null ? null : text.en());
		m.put(field + ".fr", text == null ? null : text.fr());
	}

	private static String text(Object value) {
		return Objects.toString(value, null);
	}
}
