package org.enlace.activities.web;

import org.enlace.activities.ActivityRefused;
import org.enlace.activities.ExchangeRates;
import org.enlace.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The exchange-rate table administrators keep: the list and a form to add a rate. */
@Controller
class ExchangeRatePages {

	private static final String VIEW = "activities/rates";

	private final ExchangeRates rates;

	ExchangeRatePages(ExchangeRates rates) {
		this.rates = rates;
	}

	@GetMapping("/admin/exchange-rates")
	String list(Actor actor, Model model) {
		model.addAttribute("form", new RateForm(null, null, null));
		return view(actor, model);
	}

	@PostMapping("/admin/exchange-rates")
	String add(Actor actor, @ModelAttribute("form") RateForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Reading read = new Reading(binding);
		var validFrom = read.date("validFrom", form.validFrom());
		var usd = read.number("usd", form.usd());
		if (binding.hasErrors()) {
			return view(actor, model);
		}
		try {
			rates.add(actor, form.currency(), validFrom, usd);
		}
		catch (ActivityRefused refused) {
			Reading.show(refused, binding);
			return view(actor, model);
		}
		redirect.addFlashAttribute("notice", "activities.saved");
		return "redirect:/admin/exchange-rates";
	}

	private String view(Actor actor, Model model) {
		model.addAttribute("rates", rates.all(actor));
		model.addAttribute("currencies", rates.currencies());
		return VIEW;
	}

	record RateForm(String currency, String validFrom, String usd) {
	}
}
