package org.enlace.directory.web;

import java.util.Locale;

import org.enlace.directory.Directory;
import org.enlace.directory.DirectoryQuery;
import org.enlace.directory.OrganizationKind;
import org.enlace.mechanisms.Mechanisms;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The regional directory's one search box, with filters, paged from 1. */
@Controller
class SearchPage {

	private final Directory directory;

	private final Mechanisms mechanisms;

	private final ReferenceData reference;

	SearchPage(Directory directory, Mechanisms mechanisms, ReferenceData reference) {
		this.directory = directory;
		this.mechanisms = mechanisms;
		this.reference = reference;
	}

	@GetMapping("/directory")
	String search(SearchParameters search, Actor actor, Locale locale, Model model) {
		DirectoryQuery query = search.query();
		model.addAttribute("search", search);
		model.addAttribute("results", directory.search(actor, query));
		model.addAttribute("filters", search.filters());
		model.addAttribute("countries", reference.countries(locale));
		var all = mechanisms.all();
		model.addAttribute("mechanisms", all);
		model.addAttribute("bodies", all.stream().flatMap(m -> mechanisms.bodiesOf(m.code()).stream()).toList());
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("objectives", reference.objectives());
		// Only links: the creation pages check again, and the facade decides per country when saving.
		model.addAttribute("mayCreate", Editing.mayCreate(actor, false));
		model.addAttribute("mayCreatePositions", Editing.mayCreate(actor, true));
		return "directory/search";
	}
}
