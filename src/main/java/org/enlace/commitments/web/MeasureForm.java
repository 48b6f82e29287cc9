package org.enlace.commitments.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.enlace.commitments.Facts.Editable;
import org.enlace.commitments.Facts.MeasureFacts;
import org.enlace.shared.LocalizedText;
import org.springframework.validation.BindingResult;

/**
 * The form of an agreed measure. GCM objectives, SDG targets and themes are typed as lists
 * separated by commas or spaces ("7, 12"; "10.7 16.2").
 */
record MeasureForm(
		@NotBlank(message = "{commitments.validation.code}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.-]{0,39}",
				message = "{commitments.validation.code}") String code,
		@Size(max = 500, message = "{commitments.validation.tooLong}") String titleEs,
		@Size(max = 500, message = "{commitments.validation.tooLong}") String titleEn,
		@Size(max = 500, message = "{commitments.validation.tooLong}") String titleFr,
		@Size(max = 20000, message = "{commitments.validation.tooLong}") String descriptionEs,
		@Size(max = 20000, message = "{commitments.validation.tooLong}") String descriptionEn,
		@Size(max = 20000, message = "{commitments.validation.tooLong}") String descriptionFr,
		@NotNull(message = "{commitments.validation.required}") @Pattern(regexp = "es|en|fr",
				message = "{commitments.validation.language}") String originalLanguage,
		@Size(max = 300, message = "{commitments.validation.tooLong}") String responsibleBody,
		@Size(max = 10, message = "{commitments.validation.date}") String targetDate,
		@Size(max = 20, message = "{commitments.validation.cost}") String estimatedCostUsd,
		@Size(max = 200, message = "{commitments.validation.tooLong}") String gcmObjectives,
		@Size(max = 200, message = "{commitments.validation.tooLong}") String sdgTargets,
		@Size(max = 600, message = "{commitments.validation.tooLong}") String themes, Integer version) {

	static MeasureForm empty() {
		return new MeasureForm(null, null, null, null, null, null, null, "es", null, null, null, null, null, null,
				null);
	}

	static MeasureForm of(Editable<MeasureFacts> editable) {
		MeasureFacts f = editable.facts();
		return new MeasureForm(f.code(), f.title().es(), f.title().en(), f.title().fr(),
				f.description() == null ? null : f.description().es(),
				f.description() == null ? null : f.description().en(),
				f.description() == null ? null : f.description().fr(), f.originalLanguage(), f.responsibleBody(),
				Objects.toString(f.targetDate(), null),
				f.estimatedCostUsd() == null ? null : f.estimatedCostUsd().toPlainString(), join(f.gcmObjectives()), join(f.sdgTargets()),
				String.join(", ", f.themes()), editable.version());
	}

	void check(BindingResult binding) {
		if (originalLanguage != null && !binding.hasFieldErrors("originalLanguage") && LocalizedText
			.of(titleEs, titleEn, titleFr).isFallback(java.util.Locale.forLanguageTag(originalLanguage))) {
			binding.rejectValue("title" + Character.toUpperCase(originalLanguage.charAt(0)) + originalLanguage.charAt(1),
					"commitments.validation.titleInOriginal");
		}
		if (!binding.hasFieldErrors("targetDate") && Typed.date(targetDate) == Typed.INVALID_DATE) {
			binding.rejectValue("targetDate", "commitments.validation.date");
		}
		BigDecimal cost = Typed.amount(estimatedCostUsd);
		if (!binding.hasFieldErrors("estimatedCostUsd") && cost == Typed.INVALID_AMOUNT) {
			binding.rejectValue("estimatedCostUsd", "commitments.validation.cost");
		}
		else if (cost != null && cost.signum() < 0) {
			binding.rejectValue("estimatedCostUsd", "commitments.validation.negativeCost");
		}
		if (!binding.hasFieldErrors("gcmObjectives") && objectives() == null) {
			binding.rejectValue("gcmObjectives", "commitments.validation.unknownGcm");
		}
	}

	MeasureFacts facts() {
		return new MeasureFacts(code.strip(), LocalizedText.of(titleEs, titleEn, titleFr),
				LocalizedText.of(descriptionEs, descriptionEn, descriptionFr), originalLanguage,
				InstrumentForm.blankToNull(responsibleBody), Typed.date(targetDate), Typed.amount(estimatedCostUsd),
				objectives(),
				items(sdgTargets, "[\\s,;]+"), items(themes, "[,;]+"));
	}

	MeasureForm withVersion(int current) {
		return new MeasureForm(code, titleEs, titleEn, titleFr, descriptionEs, descriptionEn, descriptionFr,
				originalLanguage, responsibleBody, targetDate, estimatedCostUsd, gcmObjectives, sdgTargets, themes,
				current);
	}

	/** The GCM objectives typed, or null when one is not a number from 1 to 23. */
	private Set<Integer> objectives() {
		Set<Integer> numbers = new TreeSet<>();
		for (String item : items(gcmObjectives, "[\\s,;]+")) {
			if (!item.matches("\\d{1,2}") || Integer.parseInt(item) < 1 || Integer.parseInt(item) > 23) {
				return null;
			}
			numbers.add(Integer.parseInt(item));
		}
		return numbers;
	}

	private static Set<String> items(String text, String separators) {
		if (text == null) {
			return new TreeSet<>();
		}
		return Arrays.stream(text.split(separators))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static String join(Set<?> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}
}
