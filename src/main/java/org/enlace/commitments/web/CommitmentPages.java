package org.enlace.commitments.web;

import java.util.Locale;

import org.enlace.commitments.CommitmentKeeping;
import org.enlace.commitments.CommitmentViews.InstrumentDetail;
import org.enlace.commitments.CommitmentViews.MeasureDetail;
import org.enlace.commitments.MeasureProgress;
import org.enlace.commitments.CommitmentViews.MeasureQuery;
import org.enlace.commitments.Commitments;
import org.enlace.commitments.FundingInterests;
import org.enlace.commitments.MeasureStatus;
import org.enlace.mechanisms.Mechanisms;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.Actor;
import org.enlace.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public face: instruments, agreed measures, and what applies to a country. */
@Controller
class CommitmentPages {

	private static final int PAGE_SIZE = 25;

	private final Commitments commitments;

	private final CommitmentKeeping keeping;

	private final Mechanisms mechanisms;

	private final ReferenceData reference;

	private final FundingInterests interests;

	CommitmentPages(Commitments commitments, CommitmentKeeping keeping, Mechanisms mechanisms,
			ReferenceData reference, FundingInterests interests) {
		this.commitments = commitments;
		this.keeping = keeping;
		this.mechanisms = mechanisms;
		this.reference = reference;
		this.interests = interests;
	}

	@GetMapping("/instruments")
	String instruments(@RequestParam(required = false) String mechanism, Actor actor, Model model) {
		String filter = mechanism == null || mechanism.isBlank() ? null : mechanism;
		model.addAttribute("instruments", commitments.instruments(actor, filter));
		model.addAttribute("mechanisms", mechanisms.all());
		model.addAttribute("mechanism", filter);
		return "commitments/instruments";
	}

	@GetMapping("/instruments/{id}")
	String instrument(@PathVariable long id, Actor actor, Model model) {
		InstrumentDetail detail = commitments.instrument(actor, id);
		model.addAttribute("instrument", detail);
		model.addAttribute("mayKeep", keeping.mayKeep(actor, detail.row().mechanismCode()));
		model.addAttribute("history", commitments.instrumentHistory(actor, id));
		return "commitments/instrument";
	}

	@GetMapping("/measures")
	String measures(@RequestParam(required = false) String mechanism, @RequestParam(required = false) String country,
			@RequestParam(required = false) String gcm, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") String page, Actor actor, Model model, Locale locale) {
		// A filter that cannot match (a mistyped link) shows nothing rather than an error page.
		MeasureQuery query = new MeasureQuery(blank(mechanism), blank(country), number(gcm), status(status),
				Math.max(0, number(page) == null ? 0 : number(page)), PAGE_SIZE);
		model.addAttribute("measures", commitments.measures(actor, query));
		model.addAttribute("query", query);
		filterChoices(model, locale);
		return "commitments/measures";
	}

	private void filterChoices(Model model, Locale locale) {
		model.addAttribute("mechanisms", mechanisms.all());
		model.addAttribute("countries", reference.countries(locale));
		model.addAttribute("objectives", reference.objectives());
		model.addAttribute("statuses", MeasureStatus.values());
	}

	@GetMapping("/measures/funding")
	String fundingBoard(@RequestParam(required = false) String mechanism,
			@RequestParam(required = false) String country, @RequestParam(required = false) String gcm,
			@RequestParam(required = false) String status, Actor actor, Model model, Locale locale) {
		MeasureQuery query = new MeasureQuery(blank(mechanism), blank(country), number(gcm), status(status), 0, 1);
		model.addAttribute("needs", commitments.fundingBoard(actor, query));
		model.addAttribute("query", query);
		filterChoices(model, locale);
		model.addAttribute("mayExpress", !interests.organizationsFor(actor).isEmpty());
		FundingInterests.OnBoard onBoard = interests.onBoard(actor);
		model.addAttribute("interestCounts", onBoard.liveCounts());
		model.addAttribute("ownInterests", onBoard.ownLive());
		model.addAttribute("readsInterests", actor.isSignedIn());
		return "commitments/funding";
	}

	@GetMapping("/measures/{id}")
	String measure(@PathVariable long id, Actor actor, Model model) {
		MeasureDetail detail = commitments.measureDetail(actor, id);
		model.addAttribute("measure", detail);
		model.addAttribute("mayKeep", keeping.mayKeep(actor, detail.row().mechanismCode()));
		var implementations = commitments.implementations(actor, id);
		model.addAttribute("implementations", implementations);
		model.addAttribute("committedUsd", implementations.stream()
			.map(MeasureProgress.Implementation::committedUsd)
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
		model.addAttribute("disbursedUsd", implementations.stream()
			.map(MeasureProgress.Implementation::disbursedUsd)
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
		model.addAttribute("history", commitments.measureHistory(actor, id));
		var interestsInMeasure = interests.ofMeasure(actor, id);
		model.addAttribute("interests", interestsInMeasure);
		model.addAttribute("mayExpress", !interests.organizationsFor(actor).isEmpty()
				&& interestsInMeasure.stream().noneMatch(FundingInterests.InterestView::mayWithdraw));
		return "commitments/measure";
	}

	@GetMapping("/countries/{iso3}/commitments")
	String country(@PathVariable String iso3, Actor actor, Model model) {
		var country = reference.country(iso3.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("country " + iso3));
		model.addAttribute("country", country);
		model.addAttribute("applying", commitments.applyingTo(actor, country.iso3()));
		return "commitments/country";
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static Integer number(String s) {
		return s != null && s.strip().matches("\\d{1,6}") ? Integer.valueOf(s.strip()) : null;
	}

	private static MeasureStatus status(String s) {
		for (MeasureStatus st : MeasureStatus.values()) {
			if (st.name().equalsIgnoreCase(blank(s) == null ? "" : s.strip())) {
				return st;
			}
		}
		return null;
	}
}
