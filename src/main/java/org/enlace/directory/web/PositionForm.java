package org.enlace.directory.web;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.enlace.directory.DirectoryViews.PositionView;
import org.enlace.directory.PositionDetails;

/** The form of a position (seat), new or edited; {@code version} is empty for a new one. */
record PositionForm(
		@NotBlank(message = "{directory.validation.required}") @Size(max = 300,
				message = "{directory.validation.tooLong}") String title,
		Long organizationId,
		@Pattern(regexp = "([A-Za-z]{3})?", message = "{directory.validation.choice}") String countryIso3,
		@Pattern(regexp = "([A-Za-z0-9_-]{1,16})?", message = "{directory.validation.choice}") String mechanismCode,
		@Pattern(regexp = "([A-Za-z0-9_-]{1,16})?", message = "{directory.validation.choice}") String bodyCode,
		Boolean focalPoint, Integer version) {

	static PositionForm empty(Long organizationId, String countryIso3) {
		return new PositionForm(null, organizationId, countryIso3, null, null, false, null);
	}

	static PositionForm of(PositionView p) {
		return new PositionForm(p.title(), p.organizationId(), p.countryIso3(), p.mechanismCode(), p.bodyCode(),
				p.focalPoint(), p.version());
	}

	PositionDetails details() {
		return new PositionDetails(title.strip(), organizationId, upper(countryIso3), upper(mechanismCode),
				upper(bodyCode), Boolean.TRUE.equals(focalPoint));
	}

	PositionForm withVersion(int current) {
		return new PositionForm(title, organizationId, countryIso3, mechanismCode, bodyCode, focalPoint, current);
	}

	private static String upper(String code) {
		String value = Editing.blankToNull(code);
		return value == null ? null : value.toUpperCase(Locale.ROOT);
	}
}
