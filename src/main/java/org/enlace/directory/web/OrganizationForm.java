package org.enlace.directory.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.enlace.directory.DirectoryViews.OrganizationView;
import org.enlace.directory.OrganizationDetails;
import org.enlace.directory.OrganizationKind;

/**
 * The form of an organisation, new or edited; {@code version} is empty for a new one and
 * {@code saveAnyway} says the person saw the likely duplicates and saves all the same.
 */
record OrganizationForm(
		@Size(max = 40, message = "{directory.validation.tooLong}") String acronym,
		@NotBlank(message = "{directory.validation.required}") @Size(max = 300,
				message = "{directory.validation.tooLong}") String name,
		@NotNull(message = "{directory.validation.required}") OrganizationKind kind,
		@Pattern(regexp = "([A-Za-z]{3})?", message = "{directory.validation.choice}") String countryIso3,
		Long parentId,
		@Size(max = 500, message = "{directory.validation.tooLong}") @Pattern(regexp = "(https?://[^\\s<>\"]+)?",
				message = "{directory.validation.website}") String website,
		Set<Integer> themes, Set<String> mechanisms, Integer version, Boolean saveAnyway) {

	static OrganizationForm empty(String countryIso3) {
		return new OrganizationForm(null, null, null, countryIso3, null, null, Set.of(), Set.of(), null, false);
	}

	static OrganizationForm of(OrganizationView o) {
		return new OrganizationForm(o.acronym(), o.name(), o.kind(), o.countryIso3(), o.parentId(), o.website(),
				o.themes(), o.mechanisms(), o.version(), false);
	}

	OrganizationDetails details() {
		String country = Editing.blankToNull(countryIso3);
		return new OrganizationDetails(Editing.blankToNull(acronym), name.strip(), kind,
				country == null ? null : country.toUpperCase(java.util.Locale.ROOT), parentId,
				Editing.blankToNull(website), Editing.orEmpty(themes), Editing.orEmpty(mechanisms));
	}

	OrganizationForm withVersion(int current) {
		return new OrganizationForm(acronym, name, kind, countryIso3, parentId, website, themes, mechanisms, current,
				saveAnyway);
	}
}
