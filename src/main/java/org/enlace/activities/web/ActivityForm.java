package org.enlace.activities.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.enlace.activities.ActivityDraft;
import org.enlace.activities.ActivityDraft.Location;
import org.enlace.activities.ActivityDraft.OtherIdentifier;
import org.enlace.activities.ActivityDraft.Participant;
import org.enlace.activities.ActivityDraft.RecipientCountry;
import org.enlace.activities.ActivityViews.EditableActivity;
import org.enlace.shared.LocalizedText;
import org.springframework.validation.BindingResult;

/**
 * The activity form. Lists are text areas, one item a line, so the form works without JavaScript:
 * other identifiers as {@code type: value}, participants as {@code organisation role}, countries as
 * {@code ISO3 percentage}, locations as {@code name; latitude; longitude}.
 */
record ActivityForm(String identifier, String otherIdentifiers, String titleEs, String titleEn, String titleFr,
		String descriptionEs, String descriptionEn, String descriptionFr, String originalLanguage, String status,
		String plannedStart, String plannedEnd, String actualStart, String actualEnd, String participants,
		String countries, String budget, String currency, List<Integer> gcmObjectives, List<String> sdgTargets,
		String locations, String measures, Integer version) {

	static ActivityForm empty() {
		return new ActivityForm(null, null, null, null, null, null, null, null, "es", "1", null, null, null, null, null,
				null, null, "USD", List.of(), List.of(), null, null, null);
	}

	static ActivityForm of(EditableActivity editable) {
		ActivityDraft d = editable.draft();
		return new ActivityForm(d.identifier(),
				d.otherIdentifiers().stream().map(o -> o.type() + ": " + o.value()).collect(Collectors.joining("\n")),
				d.title().es(), d.title().en(), d.title().fr(), d.description().es(), d.description().en(),
				d.description().fr(), d.originalLanguage(), String.valueOf(d.status()), text(d.plannedStart()),
				text(d.plannedEnd()), text(d.actualStart()), text(d.actualEnd()),
				d.participants().stream().map(p -> p.organization() + " " + p.role()).collect(Collectors.joining("\n")),
				d.countries()
					.stream()
					.map(c -> c.iso3() + " " + c.percentage().stripTrailingZeros().toPlainString())
					.collect(Collectors.joining("\n")),
				d.budget() == null ? null : d.budget().toPlainString(), d.currency(), d.gcmObjectives(), d.sdgTargets(),
				d.locations()
					.stream()
					.map(l -> l.name() + (l.latitude() == null ? ""
							: "; " + l.latitude().toPlainString() + "; " + l.longitude().toPlainString()))
					.collect(Collectors.joining("\n")),
				String.join(", ", d.measures()), editable.version());
	}

	/** The draft this form describes; lines that cannot be read are reported on the binding. */
	ActivityDraft draft(BindingResult binding) {
		Reading read = new Reading(binding);
		List<OtherIdentifier> others = new ArrayList<>();
		List<String> lines = Reading.lines(otherIdentifiers);
		for (int i = 0; i < lines.size(); i++) {
			int colon = lines.get(i).indexOf(':');
			if (colon <= 0) {
				read.badLine("otherIdentifiers", i + 1);
			}
			else {
				others.add(new OtherIdentifier(lines.get(i).substring(0, colon).strip(),
						lines.get(i).substring(colon + 1).strip()));
			}
		}
		List<Participant> orgs = new ArrayList<>();
		lines = Reading.lines(participants);
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = lines.get(i).split("[\\s,;]+");
			Integer role = parts.length == 2 && parts[1].matches("\\d") ? Integer.valueOf(parts[1]) : null;
			if (role == null) {
				read.badLine("participants", i + 1);
			}
			else {
				orgs.add(new Participant(parts[0], role));
			}
		}
		List<RecipientCountry> shares = new ArrayList<>();
		lines = Reading.lines(countries);
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = lines.get(i).replace("%", "").split("[\\s;]+");
			BigDecimal percentage = parts.length == 2 ? Reading.decimal(parts[1]) : null;
			if (parts.length > 2 || (parts.length == 2 && percentage == null)) {
				read.badLine("countries", i + 1);
			}
			else {
				shares.add(new RecipientCountry(parts[0], percentage));
			}
		}
		List<Location> places = new ArrayList<>();
		lines = Reading.lines(locations);
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = lines.get(i).split(";");
			BigDecimal lat = parts.length == 3 ? Reading.decimal(parts[1]) : null;
			BigDecimal lon = parts.length == 3 ? Reading.decimal(parts[2]) : null;
			if (parts.length == 2 || parts.length > 3 || (parts.length == 3 && (lat == null || lon == null))) {
				read.badLine("locations", i + 1);
			}
			else {
				places.add(new Location(parts[0].strip(), lat, lon));
			}
		}
		List<String> codes = measures == null ? List.of()
				: Arrays.stream(measures.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
		return new ActivityDraft(identifier, others, LocalizedText.of(titleEs, titleEn, titleFr),
				LocalizedText.of(descriptionEs, descriptionEn, descriptionFr), originalLanguage,
				read.whole("status", status), read.date("plannedStart", plannedStart),
				read.date("plannedEnd", plannedEnd), read.date("actualStart", actualStart),
				read.date("actualEnd", actualEnd), orgs, shares, read.number("budget", budget), currency,
				gcmObjectives, sdgTargets, places, codes);
	}

	ActivityForm withVersion(int current) {
		return new ActivityForm(identifier, otherIdentifiers, titleEs, titleEn, titleFr, descriptionEs, descriptionEn,
				descriptionFr, originalLanguage, status, plannedStart, plannedEnd, actualStart, actualEnd, participants,
				countries, budget, currency, gcmObjectives, sdgTargets, locations, measures, current);
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}
}
