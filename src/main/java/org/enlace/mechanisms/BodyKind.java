package org.enlace.mechanisms;

import java.util.Arrays;

/** The kinds of body a mechanism has; {@link #code()} is how the reference data and the database name them. */
public enum BodyKind {

	DECISION_BODY("decision body"), TECHNICAL_POLICY_BODY("technical-policy body"), SECRETARIAT("secretariat"),
	PRESIDENCY("presidency"), NETWORK("network"), WORKING_GROUP("working group"), AD_HOC_GROUP("ad hoc group");

	private final String code;

	BodyKind(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static BodyKind of(String code) {
		return Arrays.stream(values())
			.filter(k -> k.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown body kind " + code));
	}

	/** Stores a kind by its code, so rows loaded from the reference data keep their names. */
	@jakarta.persistence.Converter
	static class Column implements jakarta.persistence.AttributeConverter<BodyKind, String> {

		@Override
		public String convertToDatabaseColumn(BodyKind kind) {
			return kind == null ? null : kind.code;
		}

		@Override
		public BodyKind convertToEntityAttribute(String code) {
			return code == null ? null : of(code);
		}
	}
}
