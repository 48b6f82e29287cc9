package org.enlace.commitments.web;

import jakarta.validation.Valid;
import org.enlace.commitments.ChangeRefused;
import org.enlace.commitments.CommitmentKeeping;
import org.enlace.commitments.CommitmentKeeping.KeptCommitment;
import org.enlace.commitments.CommitmentKeeping.KeptMeasure;
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

/** Adding and revising agreed measures. */
@Controller
class MeasureEditPages {

	private static final String VIEW = "commitments/measure-form";

	private final CommitmentKeeping keeping;

	MeasureEditPages(CommitmentKeeping keeping) {
		this.keeping = keeping;
	}

	@GetMapping("/commitments/{id}/measures/new")
	String create(@PathVariable long id, Actor actor, Model model) {
		Editing.requireSignedIn(actor);
		place(keeping.commitment(actor, id), model);
		model.addAttribute("form", MeasureForm.empty());
		return VIEW;
	}

	@PostMapping("/commitments/{id}/measures/new")
	String add(@PathVariable long id, Actor actor, @Valid @ModelAttribute("form") MeasureForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Editing.requireSignedIn(actor);
		place(keeping.commitment(actor, id), model);
		form.check(binding);
		if (binding.hasErrors()) {
			return VIEW;
		}
		long measure;
		try {
			measure = keeping.addMeasure(actor, id, form.facts());
		}
		catch (ChangeRefused refused) {
			Editing.show(refused, binding);
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "commitments.saved");
		return "redirect:/measures/" + measure;
	}

	@GetMapping("/measures/{id}/edit")
	String edit(@PathVariable long id, Actor actor, Model model) {
		Editing.requireSignedIn(actor);
		KeptMeasure kept = place(keeping.measure(actor, id), model);
		model.addAttribute("form", MeasureForm.of(kept.editable()));
		return VIEW;
	}

	@PostMapping("/measures/{id}/edit")
	String save(@PathVariable long id, Actor actor, @Valid @ModelAttribute("form") MeasureForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Editing.requireSignedIn(actor);
		place(keeping.measure(actor, id), model);
		form.check(binding);
		if (binding.hasErrors()) {
			return VIEW;
		}
		try {
			keeping.reviseMeasure(actor, id, form.facts(), form.version() == null ? -1 : form.version());
		}
		catch (ChangeRefused refused) {
			Editing.show(refused, binding);
			return VIEW;
		}
		catch (OptimisticLockingFailureException stale) {
			Editing.showStale(model, form.withVersion(keeping.measure(actor, id).editable().version()));
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "commitments.saved");
		return "redirect:/measures/" + id;
	}

	private static void place(KeptCommitment kept, Model model) {
		model.addAttribute("instrument", kept.instrument());
		model.addAttribute("commitmentId", kept.id());
		model.addAttribute("commitmentNumber", kept.editable().facts().number());
	}

	private static KeptMeasure place(KeptMeasure kept, Model model) {
		model.addAttribute("instrument", kept.instrument());
		model.addAttribute("commitmentId", kept.commitmentId());
		model.addAttribute("commitmentNumber", kept.commitmentNumber());
		model.addAttribute("measureId", kept.id());
		return kept;
	}
}
