package org.enlace.activities.web;

import java.util.List;
import java.util.Locale;

import org.enlace.activities.Activities;
import org.enlace.activities.ActivityViews.ActivityFilter;
import org.enlace.activities.RecordingActivities;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** "Who does what where": the filterable table, the country × objective summary and one activity. */
@Controller
class ActivityPages {

	private final Activities activities;

	private final RecordingActivities recording;

	private final ReferenceData reference;

	private static final int PAGE_SIZE = 50;

	ActivityPages(Activities activities, RecordingActivities recording, ReferenceData reference) {
		this.activities = activities;
		this.recording = recording;
		this.reference = reference;
	}

	@GetMapping("/activities")
	String list(Actor actor, @RequestParam(required = false) String country,
			@RequestParam(required = false) String mechanism, @RequestParam(required = false) Integer objective,
			@RequestParam(required = false) Long organization, @RequestParam(required = false) Integer role,
			@RequestParam(required = false) Integer status, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "1") String page, Locale locale, Model model) {
		ActivityFilter filter = new ActivityFilter(blankToNull(country), blankToNull(mechanism), objective,
				organization, role, status, year);
		model.addAttribute("filter", filter);
		// Pages count from 1 in addresses; a mistyped page shows the first.
		int number = page.strip().matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page.strip())) : 1;
		model.addAttribute("table", activities.table(actor, filter, number - 1, PAGE_SIZE));
		model.addAttribute("countries", reference.countries(locale));
		model.addAttribute("objectives", reference.objectives());
		model.addAttribute("statuses", List.of(1, 2, 3, 4, 5, 6));
		model.addAttribute("roles", List.of(1, 2, 3, 4));
		model.addAttribute("mayCreate", recording.mayCreate(actor));
		return "activities/list";
	}

	@GetMapping("/activities/summary")
	String summary(Model model) {
		model.addAttribute("summary", activities.summary());
		return "activities/summary";
	}

	@GetMapping("/activities/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("activity", activities.find(actor, id));
		model.addAttribute("history", activities.history(actor, id));
		return "activities/show";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
	}
}
