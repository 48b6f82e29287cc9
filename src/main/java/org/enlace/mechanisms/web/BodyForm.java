package org.enlace.mechanisms.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.enlace.mechanisms.BodyKind;
import org.enlace.mechanisms.Keeping.BodyFacts;
import org.enlace.mechanisms.Keeping.Editable;
import org.enlace.shared.LocalizedText;

/** The form of a body, new or edited; {@code version} is empty for a new one. */
record BodyForm(
		@NotNull(message = "{mechanisms.validation.bodyCode}") @Pattern(regexp = "[A-Z0-9-]{1,16}",
				message = "{mechanisms.validation.bodyCode}") String code,
		@Size(max = 300, message = "{mechanisms.validation.tooLong}") String nameEs,
		@Size(max = 300, message = "{mechanisms.validation.tooLong}") String nameEn,
		@Size(max = 300, message = "{mechanisms.validation.tooLong}") String nameFr,
		@NotNull(message = "{mechanisms.validation.required}") BodyKind kind,
		@Size(max = 4000, message = "{mechanisms.validation.tooLong}") String notes, Integer version) {

	static BodyForm empty() {
		return new BodyForm(null, null, null, null, null, null, null);
	}

	static BodyForm of(Editable<BodyFacts> editable) {
		BodyFacts f = editable.facts();
		LocalizedText name = f.name() == null ? LocalizedText.of(null, null, null) : f.name();
		return new BodyForm(f.code(), name.es(), name.en(), name.fr(), f.kind(), f.notes(), editable.version());
	}

	BodyFacts facts() {
		return new BodyFacts(code, LocalizedText.of(nameEs, nameEn, nameFr), kind, notes);
	}

	BodyForm withVersion(int current) {
		return new BodyForm(code, nameEs, nameEn, nameFr, kind, notes, current);
	}
}
