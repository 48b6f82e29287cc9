package org.enlace.commitments.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.enlace.commitments.Facts.CommitmentFacts;
import org.enlace.commitments.Facts.Editable;
import org.enlace.shared.LocalizedText;
import org.springframework.validation.BindingResult;

/** The form of a numbered commitment. */
record CommitmentForm(
		@NotBlank(message = "{commitments.validation.number}") @Pattern(regexp = "[0-9A-Za-z.]{1,16}",
				message = "{commitments.validation.number}") String number,
		@Size(max = 20000, message = "{commitments.validation.tooLong}") String textEs,
		@Size(max = 20000, message = "{commitments.validation.tooLong}") String textEn,
		@Size(max = 20000, message = "{commitments.validation.tooLong}") String textFr,
		@NotNull(message = "{commitments.validation.required}") @Pattern(regexp = "es|en|fr",
				message = "{commitments.validation.language}") String originalLanguage,
		Integer version) {

	static CommitmentForm empty() {
		return new CommitmentForm(null, null, null, null, "es", null);
	}

	static CommitmentForm of(Editable<CommitmentFacts> editable) {
		CommitmentFacts f = editable.facts();
		return new CommitmentForm(f.number(), f.text().es(), f.text().en(), f.text().fr(), f.originalLanguage(),
				editable.version());
	}

	void check(BindingResult binding) {
		if (originalLanguage != null && !binding.hasFieldErrors("originalLanguage") && LocalizedText
			.of(textEs, textEn, textFr).isFallback(java.util.Locale.forLanguageTag(originalLanguage))) {
			binding.rejectValue("text" + Character.toUpperCase(originalLanguage.charAt(0)) + originalLanguage.charAt(1),
					"commitments.validation.textInOriginal");
		}
	}

	CommitmentFacts facts() {
		return new CommitmentFacts(number.strip(), LocalizedText.of(textEs, textEn, textFr), originalLanguage);
	}

	CommitmentForm withVersion(int current) {
		return new CommitmentForm(number, textEs, textEn, textFr, originalLanguage, current);
	}
}
