package org.enlace.directory.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import org.enlace.directory.Directory;
import org.enlace.directory.DirectoryKeeping;
import org.enlace.directory.DirectoryListing;
import org.enlace.directory.DirectoryQuery;
import org.enlace.directory.DirectoryViews.EntryLink;
import org.enlace.directory.DirectoryViews.OrganizationView;
import org.enlace.directory.EntryRefused;
import org.enlace.directory.OrganizationKind;
import org.enlace.mechanisms.Mechanisms;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.Actor;
import org.enlace.shared.Role;
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

/** An organisation's page, and creating, editing and merging organisations. */
@Controller
class OrganizationPages {

	private static final String FORM = "directory/organization-form";

	private final Directory directory;

	private final DirectoryKeeping keeping;

	private final DirectoryListing listing;

	private final Mechanisms mechanisms;

	private final ReferenceData reference;

	OrganizationPages(Directory directory, DirectoryKeeping keeping, DirectoryListing listing, Mechanisms mechanisms,
			ReferenceData reference) {
		this.directory = directory;
		this.keeping = keeping;
		this.listing = listing;
		this.mechanisms = mechanisms;
		this.reference = reference;
	}

	@GetMapping("/organizations/{id}")
	String show(@PathVariable long id, Actor actor, Model model) {
		Optional<Long> survivor = directory.survivorOf(id);
		if (survivor.isPresent()) {
			// A merged organisation's address keeps working: it leads to the one that absorbed it.
			return "redirect:/organizations/" + survivor.get();
		}
		OrganizationView o = directory.organization(actor, id);
		DirectoryQuery everything = new DirectoryQuery(null, null, null, null, null, null, null, 0,
				DirectoryQuery.MAX_SIZE);
		model.addAttribute("organization", o);
		model.addAttribute("children", directory.children(id));
		model.addAttribute("contacts", listing.contacts(actor, everything, id).items());
		model.addAttribute("positions", listing.positions(actor, everything, id).items());
		model.addAttribute("objectives", reference.objectives());
		model.addAttribute("history", directory.history(actor, "organization", id));
		return "directory/organization";
	}

	@GetMapping("/organizations/new")
	String create(Actor actor, Locale locale, Model model) {
		Editing.requireMayCreate(actor, false);
		var countries = actor.scopesOf(Role.FOCAL_POINT);
		model.addAttribute("form", OrganizationForm.empty(countries.size() == 1 ? countries.iterator().next() : null));
		return form(model, locale, null);
	}

	@PostMapping("/organizations/new")
	String add(Actor actor, Locale locale, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Editing.requireMayCreate(actor, false);
		if (!valid(form, binding, null, model)) {
			return form(model, locale, null);
		}
		long id = directory.createOrganization(actor, form.details());
		redirect.addFlashAttribute("notice", "directory.saved");
		return "redirect:/organizations/" + id;
	}

	@GetMapping("/organizations/{id}/edit")
	String edit(@PathVariable long id, Actor actor, Locale locale, Model model) {
		OrganizationView o = directory.organization(actor, id);
		Editing.require(o.editable());
		model.addAttribute("form", OrganizationForm.of(o));
		return form(model, locale, o);
	}

	@PostMapping("/organizations/{id}/edit")
	String save(@PathVariable long id, Actor actor, Locale locale, @Valid @ModelAttribute("form") OrganizationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		OrganizationView o = directory.organization(actor, id);
		Editing.require(o.editable());
		if (!valid(form, binding, id, model)) {
			return form(model, locale, o);
		}
		try {
			keeping.updateOrganization(actor, id, form.details(), form.version() == null ? -1 : form.version());
		}
		catch (EntryRefused refused) {
			Editing.show(refused, binding);
			return form(model, locale, o);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			Editing.showStale(model, "form", form.withVersion(directory.organization(actor, id).version()));
			return form(model, locale, o);
		}
		redirect.addFlashAttribute("notice", "directory.saved");
		return "redirect:/organizations/" + id;
	}

	@GetMapping("/organizations/{id}/merge")
	String merging(@PathVariable long id, Actor actor, Model model) {
		OrganizationView o = directory.organization(actor, id);
		Editing.require(o.editable());
		return mergeForm(model, o, null);
	}

	@PostMapping("/organizations/{id}/merge")
	String merge(@PathVariable long id, @RequestParam(required = false) Long target, Actor actor, Model model,
			RedirectAttributes redirect) {
		OrganizationView o = directory.organization(actor, id);
		Editing.require(o.editable());
		if (target == null) {
			return mergeForm(model, o, "directory.validation.required");
		}
		try {
			keeping.merge(actor, id, target);
		}
		catch (EntryRefused refused) {
			return mergeForm(model, o, refused.messageKey());
		}
		redirect.addFlashAttribute("notice", "directory.merge.done");
		return "redirect:/organizations/" + target;
	}

	private String mergeForm(Model model, OrganizationView o, String error) {
		model.addAttribute("organization", o);
		model.addAttribute("targets", directory.organizationChoices().stream().filter(e -> e.id() != o.id()).toList());
		model.addAttribute("error", error);
		return "directory/merge";
	}

	/**
	 * Checks what bean validation cannot (known country, parent, themes, mechanisms) and, unless the
	 * person already chose to save anyway, looks for likely duplicates to show before saving.
	 */
	private boolean valid(OrganizationForm form, BindingResult binding, Long id, Model model) {
		Editing.checkCountry(reference, form.countryIso3(), "countryIso3", binding);
		Editing.checkThemes(form.themes(), binding);
		if (form.parentId() != null && (form.parentId().equals(id)
				|| directory.organizationChoices().stream().noneMatch(e -> e.id() == form.parentId()))) {
			binding.rejectValue("parentId", "directory.validation.choice");
		}
		if (Editing.orEmpty(form.mechanisms()).stream().anyMatch(m -> !mechanisms.exists(m))) {
			binding.rejectValue("mechanisms", "directory.validation.choice");
		}
		if (binding.hasErrors()) {
			return false;
		}
		if (!Boolean.TRUE.equals(form.saveAnyway())) {
			List<EntryLink> duplicates = keeping.likelyDuplicates(form.details(), id);
			if (!duplicates.isEmpty()) {
				model.addAttribute("duplicates", duplicates);
				return false;
			}
		}
		return true;
	}

	private String form(Model model, Locale locale, OrganizationView existing) {
		model.addAttribute("existing", existing);
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("countries", reference.countries(locale));
		model.addAttribute("objectives", reference.objectives());
		model.addAttribute("mechanismChoices", mechanisms.all());
		model.addAttribute("parents", directory.organizationChoices());
		return FORM;
	}
}
