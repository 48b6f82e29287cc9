package org.enlace.activities.web;

import org.enlace.activities.ActivityRefused;
import org.enlace.activities.ReportingProgress;
import org.enlace.activities.ReportingProgress.ReportDraft;
import org.enlace.shared.Actor;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Submitting progress reports, and the reviewers' queue where they are approved or returned. */
@Controller
class ReportPages {

	private final ReportingProgress progress;

	ReportPages(ReportingProgress progress) {
		this.progress = progress;
	}

	@GetMapping("/activities/{id}/reports/new")
	String create(Actor actor, @PathVariable long id, Model model) {
		progress.requireReporter(actor, id);
		model.addAttribute("form", new ReportForm(null, null, null, null));
		model.addAttribute("activityId", id);
		return "activities/report";
	}

	@PostMapping("/activities/{id}/reports/new")
	String created(Actor actor, @PathVariable long id, @ModelAttribute("form") ReportForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		progress.requireReporter(actor, id);
		model.addAttribute("activityId", id);
		Reading read = new Reading(binding);
		ReportDraft draft = new ReportDraft(read.date("periodStart", form.periodStart()),
				read.date("periodEnd", form.periodEnd()), form.narrative(),
				read.whole("percentComplete", form.percentComplete()));
		if (binding.hasErrors()) {
			return "activities/report";
		}
		try {
			progress.submit(actor, id, draft);
		}
		catch (ActivityRefused refused) {
			Reading.show(refused, binding);
			return "activities/report";
		}
		redirect.addFlashAttribute("notice", "activities.report.submitted");
		return "redirect:/activities/" + id;
	}

	@GetMapping("/reports")
	String queue(Actor actor, Model model) {
		signedIn(actor);
		model.addAttribute("reports", progress.queue(actor));
		return "activities/reports";
	}

	@PostMapping("/reports/{id}/approve")
	String approve(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		signedIn(actor);
		return decided(redirect, () -> progress.approve(actor, id), "activities.report.approved");
	}

	@PostMapping("/reports/{id}/return")
	String sendBack(Actor actor, @PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		signedIn(actor);
		return decided(redirect, () -> progress.sendBack(actor, id, comment), "activities.report.returned");
	}

	/** The queue shows the outcome; a refused decision (no comment, already reviewed) is shown there too. */
	private static String decided(RedirectAttributes redirect, Runnable decision, String notice) {
		try {
			decision.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ActivityRefused refused) {
			redirect.addFlashAttribute("problem", refused.problems().get(0).messageKey());
		}
		return "redirect:/reports";
	}

	private static void signedIn(Actor actor) {
		if (!actor.isSignedIn()) {
			throw new InsufficientAuthenticationException("sign in to review reports");
		}
	}

	record ReportForm(String periodStart, String periodEnd, String narrative, String percentComplete) {
	}
}
