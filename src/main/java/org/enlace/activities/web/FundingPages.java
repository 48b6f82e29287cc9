package org.enlace.activities.web;

import org.enlace.activities.ActivityRefused;
import org.enlace.activities.ExchangeRates;
import org.enlace.activities.RecordingFunding;
import org.enlace.activities.RecordingFunding.IndicatorDraft;
import org.enlace.activities.RecordingFunding.TransactionDraft;
import org.enlace.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a funding transaction or an indicator of an activity. */
@Controller
class FundingPages {

	private static final String VIEW = "activities/transaction";

	private final RecordingFunding funding;

	private final ExchangeRates rates;

	FundingPages(RecordingFunding funding, ExchangeRates rates) {
		this.funding = funding;
		this.rates = rates;
	}

	@GetMapping("/activities/{id}/transactions/new")
	String create(Actor actor, @PathVariable long id, Model model) {
		funding.requireEditable(actor, id);
		model.addAttribute("form", new TransactionForm("2", null, null, null, null, null, null, "USD"));
		return view(id, model);
	}

	@PostMapping("/activities/{id}/transactions/new")
	String created(Actor actor, @PathVariable long id, @ModelAttribute("form") TransactionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		funding.requireEditable(actor, id);
		Reading read = new Reading(binding);
		TransactionDraft draft = new TransactionDraft(read.whole("type", form.type()), read.date("date", form.date()),
				form.provider(), form.providerName(), form.receiver(), form.receiverName(),
				read.number("value", form.value()), form.currency());
		if (binding.hasErrors()) {
			return view(id, model);
		}
		try {
			funding.addTransaction(actor, id, draft);
		}
		catch (ActivityRefused refused) {
			Reading.show(refused, binding);
			return view(id, model);
		}
		redirect.addFlashAttribute("notice", "activities.saved");
		return "redirect:/activities/" + id;
	}

	@GetMapping("/activities/{id}/indicators/new")
	String createIndicator(Actor actor, @PathVariable long id, Model model) {
		funding.requireEditable(actor, id);
		model.addAttribute("form", new IndicatorForm(null, null, null, null, null, null, null, null));
		model.addAttribute("activityId", id);
		return "activities/indicator";
	}

	@PostMapping("/activities/{id}/indicators/new")
	String createdIndicator(Actor actor, @PathVariable long id, @ModelAttribute("form") IndicatorForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		funding.requireEditable(actor, id);
		model.addAttribute("activityId", id);
		Reading read = new Reading(binding);
		IndicatorDraft draft = new IndicatorDraft(form.title(), form.unit(), read.number("baseline", form.baseline()),
				read.whole("baselineYear", form.baselineYear()), read.date("periodStart", form.periodStart()),
				read.date("periodEnd", form.periodEnd()), read.number("target", form.target()),
				read.number("actual", form.actual()));
		if (binding.hasErrors()) {
			return "activities/indicator";
		}
		try {
			funding.addIndicator(actor, id, draft);
		}
		catch (ActivityRefused refused) {
			Reading.show(refused, binding);
			return "activities/indicator";
		}
		redirect.addFlashAttribute("notice", "activities.saved");
		return "redirect:/activities/" + id;
	}

	@GetMapping("/activities/{id}/indicators/{indicator}/periods/new")
	String createPeriod(Actor actor, @PathVariable long id, @PathVariable long indicator, Model model) {
		model.addAttribute("indicatorTitle", funding.indicator(actor, id, indicator));
		model.addAttribute("form", new PeriodForm(null, null, null, null));
		return period(id, indicator, model);
	}

	@PostMapping("/activities/{id}/indicators/{indicator}/periods/new")
	String recordedPeriod(Actor actor, @PathVariable long id, @PathVariable long indicator,
			@ModelAttribute("form") PeriodForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		model.addAttribute("indicatorTitle", funding.indicator(actor, id, indicator));
		Reading read = new Reading(binding);
		var draft = new RecordingFunding.PeriodDraft(read.date("periodStart", form.periodStart()),
				read.date("periodEnd", form.periodEnd()), read.number("target", form.target()),
				read.number("actual", form.actual()));
		if (binding.hasErrors()) {
			return period(id, indicator, model);
		}
		try {
			funding.recordPeriod(actor, id, indicator, draft);
		}
		catch (ActivityRefused refused) {
			Reading.show(refused, binding);
			return period(id, indicator, model);
		}
		redirect.addFlashAttribute("notice", "activities.saved");
		return "redirect:/activities/" + id;
	}

	private static String period(long id, long indicator, Model model) {
		model.addAttribute("activityId", id);
		model.addAttribute("indicatorId", indicator);
		return "activities/period";
	}

	private String view(long id, Model model) {
		model.addAttribute("activityId", id);
		model.addAttribute("currencies", rates.currencies());
		return VIEW;
	}

	/** A period's form: dates, and a target, an actual or both. */
	record PeriodForm(String periodStart, String periodEnd, String target, String actual) {
	}

	/** The indicator form, with an optional first period. */
	record IndicatorForm(String title, String unit, String baseline, String baselineYear, String periodStart,
			String periodEnd, String target, String actual) {
	}

	/** The transaction form, as text so what was typed comes back unchanged. */
	record TransactionForm(String type, String date, String provider, String providerName, String receiver,
			String receiverName, String value, String currency) {
	}
}
