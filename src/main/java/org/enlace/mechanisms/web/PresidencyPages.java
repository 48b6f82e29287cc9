package org.enlace.mechanisms.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.enlace.mechanisms.ChangeRefused;
import org.enlace.mechanisms.MechanismKeeping;
import org.enlace.mechanisms.MechanismViews.MechanismSummary;
import org.enlace.reference.Country;
import org.enlace.reference.ReferenceData;
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

/** Recording and removing a mechanism's presidencies; the troika follows from them. */
@Controller
class PresidencyPages {

	private static final String VIEW = "mechanisms/presidency";

	private final MechanismKeeping keeping;

	private final ReferenceData reference;

	PresidencyPages(MechanismKeeping keeping, ReferenceData reference) {
		this.keeping = keeping;
		this.reference = reference;
	}

	@ModelAttribute("mechanism")
	MechanismSummary mechanism(@PathVariable String code, Actor actor) {
		return Keepers.mechanism(keeping, actor, code);
	}

	@ModelAttribute("countries")
	List<Country> countries(Locale locale) {
		return reference.countries(locale);
	}

	@GetMapping("/mechanisms/{code}/presidencies/new")
	String create(Model model) {
		model.addAttribute("form", PresidencyForm.empty());
		return VIEW;
	}

	@PostMapping("/mechanisms/{code}/presidencies/new")
	String add(@ModelAttribute(name = "mechanism", binding = false) MechanismSummary mechanism, Actor actor,
			@Valid @ModelAttribute("form") PresidencyForm form, BindingResult binding, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return VIEW;
		}
		try {
			keeping.addPresidency(actor, mechanism.code(), form.facts());
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

	@PostMapping("/mechanisms/{code}/presidencies/{id}/delete")
	String remove(@ModelAttribute(name = "mechanism", binding = false) MechanismSummary mechanism, @PathVariable long id, Actor actor,
			RedirectAttributes redirect) {
		keeping.removePresidency(actor, mechanism.code(), id);
		redirect.addFlashAttribute("notice", "mechanisms.removed");
		return Keepers.redirectTo(mechanism);
	}
}
