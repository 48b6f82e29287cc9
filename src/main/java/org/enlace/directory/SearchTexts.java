package org.enlace.directory;

import java.util.StringJoiner;

import org.enlace.reference.ReferenceData;
import org.enlace.shared.Folding;
import org.springframework.stereotype.Component;

/**
 * Builds the folded text each entry is found by: names, acronyms and the country's names in all
 * languages, so "migracion guatemala" finds the Instituto Guatemalteco de Migración. E-mail
 * addresses and phone numbers are never part of it: search must not reveal them.
 */
@Component
class SearchTexts {

	private final ReferenceData reference;

	SearchTexts(ReferenceData reference) {
		this.reference = reference;
	}

	String of(Organization o, Organization parent) {
		StringJoiner text = new StringJoiner(" ");
		add(text, o.getAcronym());
		add(text, o.getName());
		if (parent != null) {
			add(text, parent.getAcronym());
		}
		addCountry(text, o.getCountryIso3());
		return Folding.fold(text.toString());
	}

	String of(Contact c, Organization organization) {
		StringJoiner text = new StringJoiner(" ");
		add(text, c.getGivenName());
		add(text, c.getFamilyName());
		add(text, c.getJobTitle());
		if (organization != null) {
			add(text, organization.getAcronym());
			add(text, organization.getName());
			addCountry(text, organization.getCountryIso3());
		}
		return Folding.fold(text.toString());
	}

	String of(Position p, Organization organization, String holderName) {
		StringJoiner text = new StringJoiner(" ");
		add(text, p.getTitle());
		add(text, p.getMechanismCode());
		add(text, p.getBodyCode());
		add(text, holderName);
		if (organization != null) {
			add(text, organization.getAcronym());
			add(text, organization.getName());
		}
		addCountry(text, p.getCountryIso3());
		return Folding.fold(text.toString());
	}

	private void addCountry(StringJoiner text, String iso3) {
		reference.country(iso3).ifPresent(c -> {
			add(text, c.iso3());
			add(text, c.name().es());
			add(text, c.name().en());
			add(text, c.name().fr());
		});
	}

	private static void add(StringJoiner text, String value) {
		if (value != null && !value.isBlank()) {
			text.add(value);
		}
	}
}
