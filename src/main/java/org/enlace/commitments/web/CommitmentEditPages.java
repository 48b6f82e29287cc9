package org.enlace.commitments.web;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;
import org.enlace.commitments.ChangeRefused;
import org.enlace.commitments.CommitmentKeeping;
import org.enlace.commitments.CommitmentKeeping.KeptCommitment;
import org.enlace.commitments.Commitments;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and revising commitments, and choosing the states each applies to. */
@Controller
class CommitmentEditPages {

	private static final String VIEW = "commitments/commitment-form";

	private static final String APPLICABILITY = "commitments/applicability";

	private final CommitmentKeeping keeping;

	private final Commitments commitments;

	private final ReferenceData reference;

	CommitmentEditPages(CommitmentKeeping keeping, Commitments commitments, ReferenceData reference) {
		this.keeping = keeping;
		this.commitments = commitments;
		this.reference = reference;
	}

	@GetMapping("/instruments/{id}/commitments/new")
	String create(@PathVariable long id, Actor actor, Model model) {
		Editing.requireSignedIn(actor);
		model.addAttribute("instrument", keeping.instrumentToKeep(actor, id));
		model.addAttribute("form", CommitmentForm.empty());
		return VIEW;
	}

	@PostMapping("/instruments/{id}/commitments/new")
	String add(@PathVariable long id, Actor actor, @Valid @ModelAttribute("form") CommitmentForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Editing.requireSignedIn(actor);
		model.addAttribute("instrument", keeping.instrumentToKeep(actor, id));
		form.check(binding);
		if (binding.hasErrors()) {
			return VIEW;
		}
		try {
			keeping.addCommitment(actor, id, form.facts());
		}
		catch (ChangeRefused refused) {
			Editing.show(refused, binding);
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "commitments.saved");
		return "redirect:/instruments/" + id;
	}

	@GetMapping("/commitments/{id}/edit")
	String edit(@PathVariable long id, Actor actor, Model model) {
		Editing.requireSignedIn(actor);
		KeptCommitment kept = keeping.commitment(actor, id);
		model.addAttribute("instrument", kept.instrument());
		model.addAttribute("commitmentId", id);
		model.addAttribute("form", CommitmentForm.of(kept.editable()));
		return VIEW;
	}

	@PostMapping("/commitments/{id}/edit")
	String save(@PathVariable long id, Actor actor, @Valid @ModelAttribute("form") CommitmentForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Editing.requireSignedIn(actor);
		KeptCommitment kept = keeping.commitment(actor, id);
		model.addAttribute("instrument", kept.instrument());
		model.addAttribute("commitmentId", id);
		form.check(binding);
		if (binding.hasErrors()) {
			return VIEW;
		}
		try {
			keeping.reviseCommitment(actor, id, form.facts(), form.version() == null ? -1 : form.version());
		}
		catch (ChangeRefused refused) {
			Editing.show(refused, binding);
			return VIEW;
		}
		catch (OptimisticLockingFailureException stale) {
			Editing.showStale(model, form.withVersion(keeping.commitment(actor, id).editable().version()));
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "commitments.saved");
		return "redirect:/instruments/" + kept.instrument().id();
	}

	@GetMapping("/commitments/{id}/applicability")
	String applicability(@PathVariable long id, Actor actor, Model model, Locale locale) {
		Editing.requireSignedIn(actor);
		KeptCommitment kept = keeping.commitment(actor, id);
		var view = commitments.instrument(actor, kept.instrument().id())
			.commitments()
			.stream()
			.filter(c -> c.id() == id)
			.findFirst()
			.orElseThrow();
		model.addAttribute("instrument", kept.instrument());
		model.addAttribute("commitment", view);
		model.addAttribute("chosen", view.applicability().countries());
		model.addAttribute("version", kept.editable().version());
		model.addAttribute("countries", reference.countries(locale));
		return APPLICABILITY;
	}

	@PostMapping("/commitments/{id}/applicability")
	String setApplicability(@PathVariable long id, Actor actor,
			@RequestParam(name = "countries", required = false) Set<String> countries,
			@RequestParam(name = "version", required = false) Integer version, Model model, Locale locale,
			RedirectAttributes redirect) {
		Editing.requireSignedIn(actor);
		KeptCommitment kept = keeping.commitment(actor, id);
		Set<String> chosen = countries == null ? new TreeSet<>() : new TreeSet<>(countries);
		try {
			keeping.setApplicability(actor, id, chosen, version == null ? -1 : version);
		}
		catch (ChangeRefused | OptimisticLockingFailureException refused) {
			applicability(id, actor, model, locale);
			// What this person chose stays chosen; saving again is a knowing choice over the other change.
			model.addAttribute("chosen", chosen);
			model.addAttribute("problem", refused instanceof ChangeRefused ? "commitments.validation.unknownCountry"
					: Editing.STALE);
			return APPLICABILITY;
		}
		redirect.addFlashAttribute("notice", "commitments.saved");
		return "redirect:/instruments/" + kept.instrument().id();
	}
}
