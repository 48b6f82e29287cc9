package org.enlace.mechanisms.web;

import jakarta.validation.Valid;
import org.enlace.mechanisms.BodyKind;
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

/** Adding, editing and removing the bodies of a mechanism. */
@Controller
class BodyPages {

	private static final String VIEW = "mechanisms/body";

	private final MechanismKeeping keeping;

	BodyPages(MechanismKeeping keeping) {
		this.keeping = keeping;
	}

	@ModelAttribute("mechanism")
	MechanismSummary mechanism(@PathVariable String code, Actor actor) {
		return Keepers.mechanism(keeping, actor, code);
	}

	@ModelAttribute("kinds")
	BodyKind[] kinds() {
		return BodyKind.values();
	}

	@GetMapping("/mechanisms/{code}/bodies/new")
	String create(Model model) {
		model.addAttribute("form", BodyForm.empty());
		return VIEW;
	}

	@PostMapping("/mechanisms/{code}/bodies/new")
	String add(@ModelAttribute(name = "mechanism", binding = false) MechanismSummary mechanism, Actor actor,
			@Valid @ModelAttribute("form") BodyForm form, BindingResult binding, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return VIEW;
		}
		try {
			keeping.addBody(actor, mechanism.code(), form.facts());
		}
		catch (ChangeRefused refused) {
			Keepers.show(refused, binding);
			return VIEW;
		}
		catch (OptimisticLockingFailureException concurrent) {
			// Someone changed the mechanism's parts at the same moment; the rules are checked again on saving.
			binding.reject(Keepers.STALE);
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "mechanisms.saved");
		return Keepers.redirectTo(mechanism);
	}

	@GetMapping("/mechanisms/{code}/bodies/{bodyCode}/edit")
	String edit(@ModelAttribute(name = "mechanism", binding = false) MechanismSummary mechanism, @PathVariable String bodyCode, Actor actor,
			Model model) {
		model.addAttribute("form", BodyForm.of(keeping.body(actor, mechanism.code(), bodyCode)));
		model.addAttribute("bodyCode", bodyCode);
		return VIEW;
	}

	@PostMapping("/mechanisms/{code}/bodies/{bodyCode}/edit")
	String save(@ModelAttribute(name = "mechanism", binding = false) MechanismSummary mechanism, @PathVariable String bodyCode, Actor actor,
			@Valid @ModelAttribute("form") BodyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		// An unknown body is a 404 even when what was sent is invalid.
		keeping.body(actor, mechanism.code(), bodyCode);
		model.addAttribute("bodyCode", bodyCode);
		if (binding.hasErrors()) {
			return VIEW;
		}
		try {
			keeping.reviseBody(actor, mechanism.code(), bodyCode, form.facts(),
					form.version() == null ? -1 : form.version());
		}
		catch (ChangeRefused refused) {
			Keepers.show(refused, binding);
			return VIEW;
		}
		catch (OptimisticLockingFailureException stale) {
			Keepers.showStale(model, "form", form.withVersion(keeping.body(actor, mechanism.code(), bodyCode)
				.version()));
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "mechanisms.saved");
		return Keepers.redirectTo(mechanism);
	}

	@PostMapping("/mechanisms/{code}/bodies/{bodyCode}/delete")
	String remove(@ModelAttribute(name = "mechanism", binding = false) MechanismSummary mechanism, @PathVariable String bodyCode,
			Actor actor, RedirectAttributes redirect) {
		keeping.removeBody(actor, mechanism.code(), bodyCode);
		redirect.addFlashAttribute("notice", "mechanisms.removed");
		return Keepers.redirectTo(mechanism);
	}
}
