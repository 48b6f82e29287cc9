package org.enlace.mechanisms.web;

import jakarta.validation.Valid;
import org.enlace.mechanisms.ChangeRefused;
import org.enlace.mechanisms.MechanismKeeping;
import org.enlace.mechanisms.MechanismViews.MechanismSummary;
import org.enlace.shared.Actor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editing a mechanism's own facts: names, acronyms, type, year, secretariat, rotation, notes. */
@Controller
class MechanismEditPage {

	private static final String VIEW = "mechanisms/edit";

	private final MechanismKeeping keeping;

	MechanismEditPage(MechanismKeeping keeping) {
		this.keeping = keeping;
	}

	@ModelAttribute("mechanism")
	MechanismSummary mechanism(@PathVariable String code, Actor actor) {
		return Keepers.mechanism(keeping, actor, code);
	}

	@GetMapping("/mechanisms/{code}/edit")
	String edit(@ModelAttribute(name = "mechanism", binding = false) MechanismSummary mechanism, Actor actor, Model model) {
		model.addAttribute("form", MechanismForm.of(keeping.facts(actor, mechanism.code())));
		return VIEW;
	}

	@PostMapping("/mechanisms/{code}/edit")
	String save(@ModelAttribute(name = "mechanism", binding = false) MechanismSummary mechanism, Actor actor,
			@Valid @ModelAttribute("form") MechanismForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return VIEW;
		}
		try {
			keeping.revise(actor, mechanism.code(), form.facts(), form.version() == null ? -1 : form.version());
		}
		catch (ChangeRefused refused) {
			Keepers.show(refused, binding);
			return VIEW;
		}
		catch (OptimisticLockingFailureException stale) {
			Keepers.showStale(model, "form", form.withVersion(keeping.facts(actor, mechanism.code()).version()));
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "mechanisms.saved");
		return Keepers.redirectTo(mechanism);
	}
}
