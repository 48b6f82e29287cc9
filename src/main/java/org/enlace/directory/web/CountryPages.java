package org.enlace.directory.web;

import java.util.Locale;

import org.enlace.directory.Directory;
import org.enlace.mechanisms.Mechanisms;
import org.enlace.reference.Country;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.Actor;
import org.enlace.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The countries: what mechanisms each takes part in, its institutions and its focal points. */
@Controller
class CountryPages {

	private final Directory directory;

	private final Mechanisms mechanisms;

	private final ReferenceData reference;

	CountryPages(Directory directory, Mechanisms mechanisms, ReferenceData reference) {
		this.directory = directory;
		this.mechanisms = mechanisms;
		this.reference = reference;
	}

	@GetMapping("/countries")
	String list(Locale locale, Model model) {
		model.addAttribute("countries", reference.countries(locale));
		model.addAttribute("organizations", directory.organizationCounts());
		model.addAttribute("memberships", mechanisms.currentMemberships());
		return "directory/countries";
	}

	@GetMapping("/countries/{iso3}")
	String show(@PathVariable String iso3, Actor actor, Model model) {
		Country country = reference.country(iso3).orElseThrow(() -> new NotFoundException("country"));
		model.addAttribute("country", country);
		model.addAttribute("memberships", mechanisms.membershipsOf(country.iso3()));
		model.addAttribute("institutions", directory.institutionsOf(country.iso3()));
		model.addAttribute("focalPoints", directory.focalPoints(actor, country.iso3()));
		return "directory/country";
	}
}
