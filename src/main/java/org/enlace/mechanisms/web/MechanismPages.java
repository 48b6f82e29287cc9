package org.enlace.mechanisms.web;

import java.util.Locale;

import org.enlace.mechanisms.Mechanisms;
import org.enlace.reference.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class MechanismPages {

	private final Mechanisms mechanisms;

	private final ReferenceData reference;

	MechanismPages(Mechanisms mechanisms, ReferenceData reference) {
		this.mechanisms = mechanisms;
		this.reference = reference;
	}

	@GetMapping("/mechanisms")
	String list(Model model, Locale locale) {
		model.addAttribute("mechanisms", mechanisms.all());
		model.addAttribute("matrix", mechanisms.membershipMatrix());
		model.addAttribute("countries", reference.countries(locale));
		return "mechanisms/list";
	}

	@GetMapping("/mechanisms/{code}")
	String show(@PathVariable String code, Model model) {
		model.addAttribute("mechanism", mechanisms.find(code));
		return "mechanisms/show";
	}
}
