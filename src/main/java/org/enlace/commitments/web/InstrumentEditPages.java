package org.enlace.commitments.web;

import jakarta.validation.Valid;
import org.enlace.commitments.AccessLevel;
import org.enlace.commitments.ChangeRefused;
import org.enlace.commitments.CommitmentKeeping;
import org.enlace.commitments.InstrumentKind;
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

/** Recording and revising instruments. */
@Controller
class InstrumentEditPages {

	private static final String VIEW = "commitments/instrument-form";

	private final CommitmentKeeping keeping;

	InstrumentEditPages(CommitmentKeeping keeping) {
		this.keeping = keeping;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", InstrumentKind.values());
		model.addAttribute("levels", AccessLevel.values());
	}

	@GetMapping("/mechanisms/{code}/instruments/new")
	String create(@PathVariable String code, Actor actor, Model model) {
		Editing.requireSignedIn(actor);
		model.addAttribute("mechanismCode", keeping.mechanismToKeep(actor, code));
		model.addAttribute("form", InstrumentForm.empty());
		return VIEW;
	}

	@PostMapping("/mechanisms/{code}/instruments/new")
	String add(@PathVariable String code, Actor actor, @Valid @ModelAttribute("form") InstrumentForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Editing.requireSignedIn(actor);
		String mechanism = keeping.mechanismToKeep(actor, code);
		model.addAttribute("mechanismCode", mechanism);
		form.check(binding);
		if (binding.hasErrors()) {
			return VIEW;
		}
		long id;
		try {
			id = keeping.recordInstrument(actor, mechanism, form.facts());
		}
		catch (ChangeRefused refused) {
			Editing.show(refused, binding);
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "commitments.saved");
		return "redirect:/instruments/" + id;
	}

	@GetMapping("/instruments/{id}/edit")
	String edit(@PathVariable long id, Actor actor, Model model) {
		Editing.requireSignedIn(actor);
		model.addAttribute("instrument", keeping.instrumentToKeep(actor, id));
		model.addAttribute("form", InstrumentForm.of(keeping.instrument(actor, id)));
		return VIEW;
	}

	@PostMapping("/instruments/{id}/edit")
	String save(@PathVariable long id, Actor actor, @Valid @ModelAttribute("form") InstrumentForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Editing.requireSignedIn(actor);
		model.addAttribute("instrument", keeping.instrumentToKeep(actor, id));
		form.check(binding);
		if (binding.hasErrors()) {
			return VIEW;
		}
		try {
			keeping.reviseInstrument(actor, id, form.facts(), form.version() == null ? -1 : form.version());
		}
		catch (ChangeRefused refused) {
			Editing.show(refused, binding);
			return VIEW;
		}
		catch (OptimisticLockingFailureException stale) {
			Editing.showStale(model, form.withVersion(keeping.instrument(actor, id).version()));
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "commitments.saved");
		return "redirect:/instruments/" + id;
	}
}
