package org.enlace.activities.web;

import java.util.List;
import java.util.Locale;

import org.enlace.activities.ActivityRefused;
import org.enlace.activities.ExchangeRates;
import org.enlace.activities.RecordingActivities;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.Actor;
import org.enlace.shared.ForbiddenException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering and editing an activity. */
@Controller
class ActivityEditPage {

	private static final String VIEW = "activities/edit";

	private final RecordingActivities recording;

	private final ReferenceData reference;

	private final ExchangeRates rates;

	ActivityEditPage(RecordingActivities recording, ReferenceData reference, ExchangeRates rates) {
		this.recording = recording;
		this.reference = reference;
		this.rates = rates;
	}

	@ModelAttribute
	void choices(Locale locale, Model model) {
		model.addAttribute("countries", reference.countries(locale));
		model.addAttribute("objectives", reference.objectives());
		model.addAttribute("sdgTargets", reference.sdgTargets());
		model.addAttribute("currencies", rates.currencies());
		model.addAttribute("statuses", List.of(1, 2, 3, 4, 5, 6));
	}

	@GetMapping("/activities/new")
	String create(Actor actor, Model model) {
		requireCreator(actor);
		model.addAttribute("form", ActivityForm.empty());
		return VIEW;
	}

	@PostMapping("/activities/new")
	String created(Actor actor, @ModelAttribute("form") ActivityForm form, BindingResult binding,
			RedirectAttributes redirect) {
		requireCreator(actor);
		var draft = form.draft(binding);
		if (binding.hasErrors()) {
			return VIEW;
		}
		try {
			long id = recording.create(actor, draft);
			redirect.addFlashAttribute("notice", "activities.saved");
			return "redirect:/activities/" + id;
		}
		catch (ActivityRefused refused) {
			Reading.show(refused, binding);
			return VIEW;
		}
	}

	@GetMapping("/activities/{id}/edit")
	String edit(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("form", ActivityForm.of(recording.editable(actor, id)));
		model.addAttribute("activityId", id);
		return VIEW;
	}

	@PostMapping("/activities/{id}/edit")
	String save(Actor actor, @PathVariable long id, @ModelAttribute("form") ActivityForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		int current = recording.editable(actor, id).version();
		model.addAttribute("activityId", id);
		var draft = form.draft(binding);
		if (binding.hasErrors()) {
			return VIEW;
		}
		try {
			recording.revise(actor, id, draft, form.version() == null ? -1 : form.version());
		}
		catch (ActivityRefused refused) {
			Reading.show(refused, binding);
			return VIEW;
		}
		catch (OptimisticLockingFailureException stale) {
			ActivityForm kept = form.withVersion(current);
			BindingResult fresh = new BeanPropertyBindingResult(kept, "form");
			fresh.reject("activities.stale");
			model.addAttribute("form", kept);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "activities.saved");
		return "redirect:/activities/" + id;
	}

	private void requireCreator(Actor actor) {
		if (!recording.mayCreate(actor)) {
			throw new ForbiddenException("creating activities");
		}
	}
}
