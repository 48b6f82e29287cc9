package org.enlace.mechanisms.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.enlace.mechanisms.Keeping.Editable;
import org.enlace.mechanisms.Keeping.MechanismFacts;
import org.enlace.shared.LocalizedText;

/** The edit form of a mechanism's facts. */
record MechanismForm(@Size(max = 300, message = "{mechanisms.validation.tooLong}") String nameEs,
		@Size(max = 300, message = "{mechanisms.validation.tooLong}") String nameEn,
		@Size(max = 300, message = "{mechanisms.validation.tooLong}") String nameFr,
		@Size(max = 20, message = "{mechanisms.validation.tooLong}") String acronymEs,
		@Size(max = 20, message = "{mechanisms.validation.tooLong}") String acronymEn,
		@Size(max = 20, message = "{mechanisms.validation.tooLong}") String acronymFr,
		@NotBlank(message = "{mechanisms.validation.required}") @Size(max = 100,
				message = "{mechanisms.validation.tooLong}") String kind,
		@Min(value = 1900, message = "{mechanisms.validation.established}") Integer established,
		@Size(max = 400, message = "{mechanisms.validation.tooLong}") String secretariat,
		@Size(max = 200, message = "{mechanisms.validation.tooLong}") String presidencyRotation,
		@Size(max = 4000, message = "{mechanisms.validation.tooLong}") String notes, Integer version) {

	static MechanismForm of(Editable<MechanismFacts> editable) {
		MechanismFacts f = editable.facts();
		LocalizedText name = f.name() == null ? LocalizedText.of(null, null, null) : f.name();
		LocalizedText acronym = f.acronym() == null ? LocalizedText.of(null, null, null) : f.acronym();
		return new MechanismForm(name.es(), name.en(), name.fr(), acronym.es(), acronym.en(), acronym.fr(), f.kind(),
				f.established(), f.secretariat(), f.presidencyRotation(), f.notes(), editable.version());
	}

	MechanismFacts facts() {
		return new MechanismFacts(LocalizedText.of(nameEs, nameEn, nameFr),
				LocalizedText.of(acronymEs, acronymEn, acronymFr), kind, established, secretariat, presidencyRotation,
				notes);
	}

	MechanismForm withVersion(int current) {
		return new MechanismForm(nameEs, nameEn, nameFr, acronymEs, acronymEn, acronymFr, kind, established,
				secretariat, presidencyRotation, notes, current);
	}
}
