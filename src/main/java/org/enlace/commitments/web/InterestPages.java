package org.enlace.commitments.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.enlace.commitments.ChangeRefused;
import org.enlace.commitments.Commitments;
import org.enlace.commitments.FundingInterests;
import org.enlace.commitments.FundingInterests.InterestDraft;
import org.enlace.commitments.FundingInterests.Modality;
import org.enlace.directory.DirectoryViews.EntryLink;
import org.enlace.shared.Actor;
import org.enlace.shared.ForbiddenException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Expressions of interest in funding a measure: donors and development banks register them from
 * the funding board or the measure's page; the mechanism's secretariat reads and acknowledges them.
 */
@Controller
class InterestPages {

	private static final String FORM = "commitments/interest-form";

	private final FundingInterests interests;

	private final Commitments commitments;

	InterestPages(FundingInterests interests, Commitments commitments) {
		this.interests = interests;
		this.commitments = commitments;
	}

	@GetMapping("/measures/{id}/interest")
	String form(@PathVariable long id, Actor actor, Model model) {
		List<EntryLink> mine = prepare(id, actor, model);
		model.addAttribute("form", new InterestForm(mine.size() == 1 ? mine.get(0).id() : null, null, null, null));
		return FORM;
	}

	@PostMapping("/measures/{id}/interest")
	String register(@PathVariable long id, Actor actor, @Valid @ModelAttribute("form") InterestForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		prepare(id, actor, model);
		BigDecimal amount = Typed.amount(form.amountUsd());
		if (!binding.hasFieldErrors("amountUsd") && amount == Typed.INVALID_AMOUNT) {
			binding.rejectValue("amountUsd", "commitments.interest.validation.amount");
		}
		Modality modality = Modality.named(form.modality());
		if (modality == null && !binding.hasFieldErrors("modality")) {
			binding.rejectValue("modality", "commitments.interest.validation.modality");
		}
		if (binding.hasErrors()) {
			return FORM;
		}
		try {
			interests.register(actor, id, new InterestDraft(form.organizationId(), amount, modality, form.message()));
		}
		catch (ChangeRefused refused) {
			Editing.show(refused, binding);
			return FORM;
		}
		redirect.addFlashAttribute("notice", "commitments.interest.registered");
		return "redirect:/measures/" + id;
	}

	@GetMapping("/measures/interests")
	String list(Actor actor, Model model) {
		Editing.requireSignedIn(actor);
		model.addAttribute("interests", interests.readable(actor));
		return "commitments/interests";
	}

	@PostMapping("/measures/interests/{id}/acknowledge")
	String acknowledge(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		Editing.requireSignedIn(actor);
		return moved(() -> interests.acknowledge(actor, id), "commitments.interest.acknowledged", redirect);
	}

	@PostMapping("/measures/interests/{id}/withdraw")
	String withdraw(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		Editing.requireSignedIn(actor);
		return moved(() -> interests.withdraw(actor, id), "commitments.interest.withdrawn", redirect);
	}

	private static String moved(Runnable change, String notice, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ChangeRefused refused) {
			redirect.addFlashAttribute("problem", refused.problems().get(0).messageKey());
		}
		return "redirect:/measures/interests";
	}

	/** The measure must be visible and the actor able to speak for a funder, before the form shows. */
	private List<EntryLink> prepare(long id, Actor actor, Model model) {
		Editing.requireSignedIn(actor);
		model.addAttribute("measure", commitments.measureDetail(actor, id).row());
		List<EntryLink> mine = interests.organizationsFor(actor);
		if (mine.isEmpty()) {
			throw new ForbiddenException("only donors and development banks express interest");
		}
		model.addAttribute("organizations", mine);
		model.addAttribute("modalities", Modality.values());
		return mine;
	}

	/** The form as typed; numbers stay text until checked so a typo gets a field error. */
	record InterestForm(Long organizationId, @Size(max = 20, message = "{commitments.interest.validation.amount}") String amountUsd,
			String modality, @Size(max = 2000, message = "{commitments.interest.validation.message}") String message) {
	}
}
