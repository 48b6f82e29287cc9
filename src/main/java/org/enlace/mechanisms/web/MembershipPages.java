package org.enlace.mechanisms.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.enlace.mechanisms.ChangeRefused;
import org.enlace.mechanisms.MechanismKeeping;
import org.enlace.mechanisms.MechanismViews.MechanismSummary;
import org.enlace.mechanisms.MembershipStatus;
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

/** Admitting countries to a mechanism and changing (or ending) their memberships. */
@Controller
class MembershipPages {

	private static final String VIEW = "mechanisms/membership";

	private final MechanismKeeping keeping;

	private final ReferenceData reference;

	MembershipPages(MechanismKeeping keeping, ReferenceData reference) {
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

	@ModelAttribute("statuses")
	MembershipStatus[] statuses() {
		return MembershipStatus.values();
	}

	@GetMapping("/mechanisms/{code}/memberships/new")
	String create(Model model) {
		model.addAttribute("form", MembershipForm.empty());
		return VIEW;
	}

	@PostMapping("/mechanisms/{code}/memberships/new")
	String admit(@ModelAttribute(name = "mechanism", binding = false) MechanismSummary mechanism, Actor actor,
			@Valid @ModelAttribute("form") MembershipForm form, BindingResult binding, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return VIEW;
		}
		try {
			keeping.admit(actor, mechanism.code(), form.facts());
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

	@GetMapping("/mechanisms/{code}/memberships/{id}/edit")
	String edit(@ModelAttribute(name = "mechanism", binding = false) MechanismSummary mechanism, @PathVariable long id, Actor actor,
			Model model) {
		model.addAttribute("form", MembershipForm.of(keeping.membership(actor, mechanism.code(), id)));
		model.addAttribute("membershipId", id);
		return VIEW;
	}

	@PostMapping("/mechanisms/{code}/memberships/{id}/edit")
	String save(@ModelAttribute(name = "mechanism", binding = false) MechanismSummary mechanism, @PathVariable long id, Actor actor,
			@Valid @ModelAttribute("form") MembershipForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		// An unknown membership is a 404 even when what was sent is invalid.
		keeping.membership(actor, mechanism.code(), id);
		model.addAttribute("membershipId", id);
		if (binding.hasErrors()) {
			return VIEW;
		}
		try {
			keeping.reviseMembership(actor, mechanism.code(), id, form.facts(),
					form.version() == null ? -1 : form.version());
		}
		catch (ChangeRefused refused) {
			Keepers.show(refused, binding);
			return VIEW;
		}
		catch (OptimisticLockingFailureException stale) {
			Keepers.showStale(model, "form",
					form.withVersion(keeping.membership(actor, mechanism.code(), id).version()));
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "mechanisms.saved");
		return Keepers.redirectTo(mechanism);
	}
}
