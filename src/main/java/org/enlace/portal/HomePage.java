package org.enlace.portal;

import org.enlace.mechanisms.Mechanisms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePage {

	private final Mechanisms mechanisms;

	HomePage(Mechanisms mechanisms) {
		this.mechanisms = mechanisms;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("mechanisms", mechanisms.all());
		return "portal/home";
	}
}
