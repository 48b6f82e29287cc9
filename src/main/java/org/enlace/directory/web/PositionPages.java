package org.enlace.directory.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;
import org.enlace.directory.Directory;
import org.enlace.directory.DirectoryKeeping;
import org.enlace.directory.DirectoryViews.PositionView;
import org.enlace.directory.EntryConfirmations;
import org.enlace.directory.EntryRefused;
import org.enlace.mechanisms.Mechanisms;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.Actor;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A seat's page, creating and editing seats, and handing a seat to its next holder. */
@Controller
class PositionPages {

	private static final String FORM = "directory/position-form";

	private final Directory directory;

	private final DirectoryKeeping keeping;

	private final EntryConfirmations confirmations;

	private final Mechanisms mechanisms;

	private final ReferenceData reference;

	PositionPages(Directory directory, DirectoryKeeping keeping, EntryConfirmations confirmations,
			Mechanisms mechanisms, ReferenceData reference) {
		this.directory = directory;
		this.keeping = keeping;
		this.confirmations = confirmations;
		this.mechanisms = mechanisms;
		this.reference = reference;
	}

	@GetMapping("/positions/{id}")
	String show(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("position", directory.position(actor, id));
		model.addAttribute("history", directory.history(actor, "position", id));
		return "directory/position";
	}

	@GetMapping("/positions/new")
	String create(@RequestParam(name = "organization", required = false) Long organization, Actor actor,
			Locale locale, Model model) {
		Editing.requireMayCreate(actor, true);
		String country = organization == null ? null : directory.organization(actor, organization).countryIso3();
		model.addAttribute("form", PositionForm.empty(organization, country));
		return form(model, locale, null);
	}

	@PostMapping("/positions/new")
	String add(Actor actor, Locale locale, @Valid @ModelAttribute("form") PositionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Editing.requireMayCreate(actor, true);
		if (!valid(form, binding)) {
			return form(model, locale, null);
		}
		long id = directory.createPosition(actor, form.details());
		redirect.addFlashAttribute("notice", "directory.saved");
		return "redirect:/positions/" + id;
	}

	@GetMapping("/positions/{id}/edit")
	String edit(@PathVariable long id, Actor actor, Locale locale, Model model) {
		PositionView p = directory.position(actor, id);
		Editing.require(p.editable());
		model.addAttribute("form", PositionForm.of(p));
		return form(model, locale, p);
	}

	@PostMapping("/positions/{id}/edit")
	String save(@PathVariable long id, Actor actor, Locale locale, @Valid @ModelAttribute("form") PositionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		PositionView p = directory.position(actor, id);
		Editing.require(p.editable());
		if (!valid(form, binding)) {
			return form(model, locale, p);
		}
		try {
			keeping.updatePosition(actor, id, form.details(), form.version() == null ? -1 : form.version());
		}
		catch (EntryRefused refused) {
			Editing.show(refused, binding);
			return form(model, locale, p);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			Editing.showStale(model, "form", form.withVersion(directory.position(actor, id).version()));
			return form(model, locale, p);
		}
		redirect.addFlashAttribute("notice", "directory.saved");
		return "redirect:/positions/" + id;
	}

	@GetMapping("/positions/{id}/holder")
	String handing(@PathVariable long id, Actor actor, Model model) {
		Editing.requireSignedIn(actor);
		PositionView p = directory.position(actor, id);
		Editing.require(p.editable());
		model.addAttribute("form", new HolderForm(null, LocalDate.now()));
		return holderForm(model, p);
	}

	@PostMapping("/positions/{id}/holder")
	String hand(@PathVariable long id, Actor actor, @Valid @ModelAttribute("form") HolderForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Editing.requireSignedIn(actor);
		PositionView p = directory.position(actor, id);
		Editing.require(p.editable());
		if (form.contactId() != null && directory.contactChoices().stream().noneMatch(c -> c.id() == form.contactId())) {
			binding.rejectValue("contactId", "directory.validation.choice");
		}
		if (binding.hasErrors()) {
			return holderForm(model, p);
		}
		try {
			directory.handPosition(actor, id, form.contactId(), form.from());
		}
		catch (IllegalArgumentException overlapping) {
			binding.rejectValue("from", "directory.holder.tooEarly");
			return holderForm(model, p);
		}
		redirect.addFlashAttribute("notice", "directory.saved");
		return "redirect:/positions/" + id;
	}

	@PostMapping("/positions/{id}/confirmation-request")
	String requestConfirmation(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		Editing.requireSignedIn(actor);
		boolean sent = confirmations.requestPositionConfirmation(actor, id);
		redirect.addFlashAttribute("notice", sent ? "directory.confirm.sent" : "directory.confirm.notSent");
		return "redirect:/positions/" + id;
	}

	private boolean valid(PositionForm form, BindingResult binding) {
		Editing.checkCountry(reference, form.countryIso3(), "countryIso3", binding);
		String mechanism = Editing.blankToNull(form.mechanismCode());
		if (mechanism != null && !mechanisms.exists(mechanism.toUpperCase(Locale.ROOT))) {
			binding.rejectValue("mechanismCode", "directory.validation.choice");
		}
		if (form.organizationId() != null
				&& directory.organizationChoices().stream().noneMatch(e -> e.id() == form.organizationId())) {
			binding.rejectValue("organizationId", "directory.validation.choice");
		}
		return !binding.hasErrors();
	}

	private String form(Model model, Locale locale, PositionView existing) {
		model.addAttribute("existing", existing);
		model.addAttribute("countries", reference.countries(locale));
		model.addAttribute("mechanismChoices", mechanisms.all());
		model.addAttribute("organizations", directory.organizationChoices());
		return FORM;
	}

	private String holderForm(Model model, PositionView p) {
		model.addAttribute("position", p);
		model.addAttribute("contacts", directory.contactChoices());
		return "directory/holder";
	}
}
