package org.enlace.mechanisms.web;

import java.util.List;
import java.util.Locale;

import org.enlace.mechanisms.MechanismKeeping;
import org.enlace.mechanisms.MechanismPageSection;
import org.enlace.mechanisms.Mechanisms;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class MechanismPages {

	private final Mechanisms mechanisms;

	private final MechanismKeeping keeping;

	private final ReferenceData reference;

	private final List<MechanismPageSection> sections;

	MechanismPages(Mechanisms mechanisms, MechanismKeeping keeping, ReferenceData reference,
			List<MechanismPageSection> sections) {
		this.mechanisms = mechanisms;
		this.keeping = keeping;
		this.reference = reference;
		this.sections = sections;
	}

	@GetMapping("/mechanisms")
	String list(Model model, Locale locale) {
		model.addAttribute("mechanisms", mechanisms.all());
		model.addAttribute("matrix", mechanisms.membershipMatrix());
		model.addAttribute("countries", reference.countries(locale));
		return "mechanisms/list";
	}

	@GetMapping("/mechanisms/{code}")
	String show(@PathVariable String code, Actor actor, Model model) {
		model.addAttribute("mechanism", mechanisms.find(code));
		// Links to the edit pages are shown only to keepers; the pages refuse everyone else anyway.
		model.addAttribute("mayKeep", keeping.mayKeep(actor, code));
		model.addAttribute("history", mechanisms.history(code));
		model.addAttribute("sections", sections.stream()
			.map(s -> new MechanismPageSection.Rendered(s.template(), s.content(actor, code)))
			.toList());
		return "mechanisms/show";
	}
}
