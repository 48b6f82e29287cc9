package org.enlace.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.enlace.shared.LocalizedText;

/**
 * An activity as someone sends it, from the edit form or the API, before it is checked. Lists may
 * be null (nothing given). Organisations are named by directory id or acronym, measures by code.
 */
public record ActivityDraft(String identifier, List<OtherIdentifier> otherIdentifiers, LocalizedText title,
		LocalizedText description, String originalLanguage, Integer status, LocalDate plannedStart,
		LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, List<Participant> participants,
		List<RecipientCountry> countries, BigDecimal budget, String currency, List<Integer> gcmObjectives,
		List<String> sdgTargets, List<Location> locations, List<String> measures) {

	public ActivityDraft {
		otherIdentifiers = otherIdentifiers == null ? List.of() : List.copyOf(otherIdentifiers);
		title = title == null ? LocalizedText.of(null, null, null) : title;
		description = description == null ? LocalizedText.of(null, null, null) : description;
		participants = participants == null ? List.of() : List.copyOf(participants);
		countries = countries == null ? List.of() : List.copyOf(countries);
		gcmObjectives = gcmObjectives == null ? List.of() : List.copyOf(gcmObjectives);
		sdgTargets = sdgTargets == null ? List.of() : List.copyOf(sdgTargets);
		locations = locations == null ? List.of() : List.copyOf(locations);
		measures = measures == null ? List.of() : List.copyOf(measures);
	}

	/** Another identifier of the same activity, e.g. IOM's Prima id or a project number. */
	public record OtherIdentifier(String type, String value) {
	}

	/**
	 * A participating organisation, by directory id or acronym, in an IATI role: 1 funding,
	 * 2 accountable, 3 extending, 4 implementing.
	 */
	public record Participant(String organization, Integer role) {
	}

	/** A recipient country by ISO3, with its share in percent (may be left out when it is the only one). */
	public record RecipientCountry(String iso3, BigDecimal percentage) {
	}

	/** A sub-national place, optionally with coordinates. */
	public record Location(String name, BigDecimal latitude, BigDecimal longitude) {
	}
}
