package org.enlace.portal;

import org.enlace.commitments.Commitments;
import org.enlace.mechanisms.Mechanisms;
import org.enlace.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePage {

	private final Mechanisms mechanisms;

	private final Commitments commitments;

	HomePage(Mechanisms mechanisms, Commitments commitments) {
		this.mechanisms = mechanisms;
		this.commitments = commitments;
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		model.addAttribute("mechanisms", mechanisms.all());
		model.addAttribute("measures", commitments.latestMeasures(actor, 5));
		return "portal/home";
	}
}
