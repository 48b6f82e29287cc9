package org.enlace.directory.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.enlace.directory.ContactDetails;
import org.enlace.directory.DirectoryViews.ContactView;

/** The form of a contact, new or edited; {@code languages} is written as "es,en". */
record ContactForm(
		@Size(max = 40, message = "{directory.validation.tooLong}") String honorific,
		@NotBlank(message = "{directory.validation.required}") @Size(max = 120,
				message = "{directory.validation.tooLong}") String givenName,
		@NotBlank(message = "{directory.validation.required}") @Size(max = 120,
				message = "{directory.validation.tooLong}") String familyName,
		@Size(max = 300, message = "{directory.validation.tooLong}") String jobTitle,
		Long organizationId,
		@Size(max = 254, message = "{directory.validation.tooLong}") @Email(
				message = "{directory.validation.email}") String email,
		@Size(max = 60, message = "{directory.validation.tooLong}") String phone,
		@Pattern(regexp = "\\s*([A-Za-z]{2}(\\s*,\\s*[A-Za-z]{2}){0,9})?\\s*",
				message = "{directory.validation.languages}") String languages,
		Set<Integer> themes, Integer version) {

	static ContactForm empty(Long organizationId) {
		return new ContactForm(null, null, null, null, organizationId, null, null, null, Set.of(), null);
	}

	static ContactForm of(ContactView c) {
		return new ContactForm(c.honorific(), c.givenName(), c.familyName(), c.jobTitle(), c.organizationId(),
				c.email(), c.phone(), String.join(",", c.languages()), c.themes(), c.version());
	}

	ContactDetails details() {
		List<String> codes = languages == null || languages.isBlank() ? List.of()
				: Arrays.stream(languages.split(",")).map(l -> l.strip().toLowerCase(Locale.ROOT)).distinct().toList();
		return new ContactDetails(Editing.blankToNull(honorific), givenName.strip(), familyName.strip(),
				Editing.blankToNull(jobTitle), organizationId, Editing.blankToNull(email), Editing.blankToNull(phone),
				codes, Editing.orEmpty(themes));
	}

	ContactForm withVersion(int current) {
		return new ContactForm(honorific, givenName, familyName, jobTitle, organizationId, email, phone, languages,
				themes, current);
	}
}
