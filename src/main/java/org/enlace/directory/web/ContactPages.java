package org.enlace.directory.web;


import jakarta.validation.Valid;
import org.enlace.directory.Directory;
import org.enlace.directory.DirectoryKeeping;
import org.enlace.directory.DirectoryViews.ContactView;
import org.enlace.directory.EntryConfirmations;
import org.enlace.directory.EntryRefused;
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

/** A person's page, creating and editing people, and asking them to confirm their entry. */
@Controller
class ContactPages {

	private static final String FORM = "directory/contact-form";

	private final Directory directory;

	private final DirectoryKeeping keeping;

	private final EntryConfirmations confirmations;

	private final ReferenceData reference;

	ContactPages(Directory directory, DirectoryKeeping keeping, EntryConfirmations confirmations,
			ReferenceData reference) {
		this.directory = directory;
		this.keeping = keeping;
		this.confirmations = confirmations;
		this.reference = reference;
	}

	@GetMapping("/contacts/{id}")
	String show(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("contact", directory.contact(actor, id));
		model.addAttribute("objectives", reference.objectives());
		model.addAttribute("history", directory.history(actor, "contact", id));
		return "directory/contact";
	}

	@GetMapping("/contacts/new")
	String create(@RequestParam(name = "organization", required = false) Long organization, Actor actor,
			Model model) {
		Editing.requireMayCreate(actor, false);
		model.addAttribute("form", ContactForm.empty(organization));
		return form(model, null);
	}

	@PostMapping("/contacts/new")
	String add(Actor actor, @Valid @ModelAttribute("form") ContactForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Editing.requireMayCreate(actor, false);
		if (!valid(form, binding)) {
			return form(model, null);
		}
		long id = directory.createContact(actor, form.details(), false);
		redirect.addFlashAttribute("notice", "directory.saved");
		return "redirect:/contacts/" + id;
	}

	@GetMapping("/contacts/{id}/edit")
	String edit(@PathVariable long id, Actor actor, Model model) {
		ContactView c = directory.contact(actor, id);
		Editing.require(c.editable());
		model.addAttribute("form", ContactForm.of(c));
		return form(model, c);
	}

	@PostMapping("/contacts/{id}/edit")
	String save(@PathVariable long id, Actor actor, @Valid @ModelAttribute("form") ContactForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		ContactView c = directory.contact(actor, id);
		Editing.require(c.editable());
		if (!valid(form, binding)) {
			return form(model, c);
		}
		try {
			keeping.updateContact(actor, id, form.details(), form.version() == null ? -1 : form.version());
		}
		catch (EntryRefused refused) {
			Editing.show(refused, binding);
			return form(model, c);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			Editing.showStale(model, "form", form.withVersion(directory.contact(actor, id).version()));
			return form(model, c);
		}
		redirect.addFlashAttribute("notice", "directory.saved");
		return "redirect:/contacts/" + id;
	}

	@PostMapping("/contacts/{id}/confirmation-request")
	String requestConfirmation(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		Editing.requireSignedIn(actor);
		boolean sent = confirmations.requestConfirmation(actor, id);
		redirect.addFlashAttribute("notice", sent ? "directory.confirm.sent" : "directory.confirm.notSent");
		return "redirect:/contacts/" + id;
	}

	private boolean valid(ContactForm form, BindingResult binding) {
		Editing.checkThemes(form.themes(), binding);
		if (form.organizationId() != null
				&& directory.organizationChoices().stream().noneMatch(e -> e.id() == form.organizationId())) {
			binding.rejectValue("organizationId", "directory.validation.choice");
		}
		return !binding.hasErrors();
	}

	private String form(Model model, ContactView existing) {
		model.addAttribute("existing", existing);
		model.addAttribute("objectives", reference.objectives());
		model.addAttribute("organizations", directory.organizationChoices());
		return FORM;
	}
}
