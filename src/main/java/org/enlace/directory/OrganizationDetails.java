package org.enlace.directory;

import java.util.Set;

/** The editable facts of an organisation. */
public record OrganizationDetails(String acronym, String name, OrganizationKind kind, String countryIso3,
		Long parentId, String website, Set<Integer> themes, Set<String> mechanisms) {

	public OrganizationDetails {
		themes = themes == null ? Set.of() : Set.copyOf(themes);
		mechanisms = mechanisms == null ? Set.of() : Set.copyOf(mechanisms);
	}
}
