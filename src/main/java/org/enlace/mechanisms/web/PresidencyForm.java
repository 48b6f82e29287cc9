package org.enlace.mechanisms.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.enlace.mechanisms.Keeping.PresidencyFacts;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a new presidency. */
record PresidencyForm(
		@NotBlank(message = "{mechanisms.validation.country}") @Size(max = 3,
				message = "{mechanisms.validation.country}") String countryIso3,
		@NotNull(message = "{mechanisms.validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@NotNull(message = "{mechanisms.validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

	static PresidencyForm empty() {
		return new PresidencyForm(null, null, null);
	}

	PresidencyFacts facts() {
		return new PresidencyFacts(countryIso3, startsOn, endsOn);
	}
}
