package org.enlace.directory;

import java.util.List;
import java.util.Set;

/** The editable facts of a contact. */
public record ContactDetails(String honorific, String givenName, String familyName, String jobTitle,
		Long organizationId, String email, String phone, List<String> languages, Set<Integer> themes) {

	public ContactDetails {
		languages = languages == null ? List.of() : List.copyOf(languages);
		themes = themes == null ? Set.of() : Set.copyOf(themes);
	}
}
