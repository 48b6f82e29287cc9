package org.enlace.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.enlace.activities.ActivityDraft.Location;
import org.enlace.activities.ActivityDraft.OtherIdentifier;
import org.enlace.activities.ActivityDraft.Participant;
import org.enlace.activities.ActivityDraft.RecipientCountry;
import org.enlace.activities.ActivityRefused.Problem;
import org.enlace.activities.ActivityViews.CountryShare;
import org.enlace.activities.ActivityViews.MeasureRef;
import org.enlace.directory.Directory;
import org.enlace.reference.ReferenceData;
import org.enlace.reference.SdgTarget;
import org.enlace.shared.Actor;
import org.enlace.shared.LocalizedText;
import org.enlace.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The rules an activity must keep, checked as a whole so that every problem is reported at once
 * and nothing is saved while one remains.
 */
@Component
class ActivityChecks {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:-]{0,99}");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Directory directory;

	private final ReferenceData reference;

	private final MeasureLinks measures;

	private final ActivityStore store;

	ActivityChecks(Directory directory, ReferenceData reference, MeasureLinks measures, ActivityStore store) {
		this.directory = directory;
		this.reference = reference;
		this.measures = measures;
		this.store = store;
	}

	/** The draft, cleaned and resolved, or {@link ActivityRefused} with every problem found. */
	Checked check(Actor actor, ActivityDraft d, Long exceptId) {
		List<Problem> problems = new ArrayList<>();
		String identifier = d.identifier() == null ? "" : d.identifier().strip();
		if (!IDENTIFIER.matcher(identifier).matches()) {
			problems.add(problem("identifier", "activities.validation.identifier"));
		}
		else if (store.identifierTaken(identifier, exceptId)) {
			problems.add(problem("identifier", "activities.validation.identifierTaken"));
		}
		List<OtherIdentifier> others = new ArrayList<>();
		for (OtherIdentifier o : d.otherIdentifiers()) {
			if (blank(o.type()) || blank(o.value()) || o.type().strip().length() > 40 || o.value().strip().length() > 100) {
				problems.add(problem("otherIdentifiers", "activities.validation.otherIdentifier"));
			}
			else {
				others.add(new OtherIdentifier(o.type().strip(), o.value().strip()));
			}
		}
		LocalizedText title = LocalizedText.of(d.title().es(), d.title().en(), d.title().fr());
		LocalizedText description = LocalizedText.of(d.description().es(), d.description().en(), d.description().fr());
		String language = d.originalLanguage() == null ? "" : d.originalLanguage().strip().toLowerCase(Locale.ROOT);
		if (title.isEmpty()) {
			problems.add(problem("titleEs", "activities.validation.title"));
		}
		tooLong(problems, "titleEs", title.es(), 400);
		tooLong(problems, "titleEn", title.en(), 400);
		tooLong(problems, "titleFr", title.fr(), 400);
		if (!Set.of("es", "en", "fr").contains(language)) {
			problems.add(problem("originalLanguage", "activities.validation.language"));
		}
		else if (!title.isEmpty() && title.isFallback(Locale.forLanguageTag(language))) {
			problems.add(problem("originalLanguage", "activities.validation.originalMissing"));
		}
		if (d.status() == null || d.status() < 1 || d.status() > 6) {
			problems.add(problem("status", "activities.validation.status"));
		}
		inOrder(problems, "plannedEnd", d.plannedStart(), d.plannedEnd());
		inOrder(problems, "actualEnd", d.actualStart(), d.actualEnd());
		List<ResolvedParticipant> participants = participants(actor, d.participants(), problems);
		List<CountryShare> countries = countries(d.countries(), problems);
		if (d.budget() != null && d.budget().signum() < 0) {
			problems.add(problem("budget", "activities.validation.negative"));
		}
		String currency = d.currency() == null ? null : d.currency().strip().toUpperCase(Locale.ROOT);
		if (!Currencies.isKnown(currency)) {
			problems.add(problem("currency", "activities.validation.currency"));
		}
		Set<Integer> objectives = new LinkedHashSet<>();
		for (Integer o : d.gcmObjectives()) {
			if (o == null || reference.objective(o).isEmpty()) {
				problems.add(problem("gcmObjectives", "activities.validation.objective"));
			}
			else {
				objectives.add(o);
			}
		}
		Set<String> targets = new LinkedHashSet<>();
		Set<String> known = new LinkedHashSet<>(reference.sdgTargets().stream().map(SdgTarget::code).toList());
		for (String t : d.sdgTargets()) {
			if (t == null || !known.contains(t.strip())) {
				problems.add(problem("sdgTargets", "activities.validation.sdgTarget", t));
			}
			else {
				targets.add(t.strip());
			}
		}
		List<Location> locations = new ArrayList<>();
		for (Location l : d.locations()) {
			if (blank(l.name()) || l.name().strip().length() > 200 || outside(l.latitude(), 90)
					|| outside(l.longitude(), 180) || (l.latitude() == null) != (l.longitude() == null)) {
				problems.add(problem("locations", "activities.validation.location"));
			}
			else {
				locations.add(new Location(l.name().strip(), l.latitude(), l.longitude()));
			}
		}
		Map<Long, MeasureRef> linked = new LinkedHashMap<>();
		for (String code : d.measures()) {
			Optional<MeasureRef> measure = blank(code) ? Optional.empty() : measures.byCode(code);
			if (measure.isEmpty()) {
				problems.add(problem("measures", "activities.validation.measure", code));
			}
			else {
				linked.put(measure.get().id(), measure.get());
			}
		}
		dedupe(problems);
		if (!problems.isEmpty()) {
			throw new ActivityRefused(problems);
		}
		return new Checked(identifier, others, title, description, language, d.status(), d.plannedStart(),
				d.plannedEnd(), d.actualStart(), d.actualEnd(), participants, countries, d.budget(), currency,
				List.copyOf(objectives), List.copyOf(targets), locations, List.copyOf(linked.values()));
	}

	private List<ResolvedParticipant> participants(Actor actor, List<Participant> given, List<Problem> problems) {
		Set<ResolvedParticipant> resolved = new LinkedHashSet<>();
		if (given.isEmpty()) {
			problems.add(problem("participants", "activities.validation.participants"));
		}
		for (Participant p : given) {
			Optional<Long> id = organization(actor, p.organization());
			if (id.isEmpty()) {
				problems.add(problem("participants", "activities.validation.organization", p.organization()));
			}
			else if (p.role() == null || p.role() < 1 || p.role() > 4) {
				problems.add(problem("participants", "activities.validation.role"));
			}
			else {
				resolved.add(new ResolvedParticipant(id.get(), p.role()));
			}
		}
		return List.copyOf(resolved);
	}

	/** A directory organisation by id or acronym, if it exists and is not merged away. */
	Optional<Long> organization(Actor actor, String reference) {
		if (blank(reference)) {
			return Optional.empty();
		}
		String ref = reference.strip();
		if (ref.chars().allMatch(Character::isDigit) && ref.length() < 18) {
			try {
				return Optional.of(directory.organization(actor, Long.parseLong(ref)).id());
			}
			catch (NotFoundException e) {
				return Optional.empty();
			}
		}
		return directory.organizationIdByAcronym(ref);
	}

	private List<CountryShare> countries(List<RecipientCountry> given, List<Problem> problems) {
		Map<String, CountryShare> shares = new LinkedHashMap<>();
		boolean valid = true;
		for (RecipientCountry c : given) {
			String iso3 = c.iso3() == null ? null : c.iso3().strip().toUpperCase(Locale.ROOT);
			if (reference.country(iso3).isEmpty()) {
				problems.add(problem("countries", "activities.validation.country", c.iso3()));
				valid = false;
			}
			else if (shares.containsKey(iso3)) {
				problems.add(problem("countries", "activities.validation.countryTwice", iso3));
				valid = false;
			}
			else if (c.percentage() != null && (c.percentage().signum() <= 0 || c.percentage().compareTo(HUNDRED) > 0)) {
				problems.add(problem("countries", "activities.validation.percentage"));
				valid = false;
			}
			else {
				shares.put(iso3, new CountryShare(iso3, c.percentage()));
			}
		}
		if (!valid) {
			return List.of();
		}
		if (shares.size() == 1) {
			CountryShare only = shares.values().iterator().next();
			if (only.percentage() != null && only.percentage().compareTo(HUNDRED) != 0) {
				problems.add(problem("countries", "activities.validation.percentages"));
			}
			return List.of(new CountryShare(only.iso3(), HUNDRED));
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (CountryShare s : shares.values()) {
			if (s.percentage() == null) {
				problems.add(problem("countries", "activities.validation.percentages"));
				return List.of();
			}
			sum = sum.add(s.percentage());
		}
		if (!shares.isEmpty() && sum.compareTo(HUNDRED) != 0) {
			problems.add(problem("countries", "activities.validation.percentages"));
		}
		return List.copyOf(shares.values());
	}

	private static void inOrder(List<Problem> problems, String field, LocalDate start, LocalDate end) {
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(problem(field, "activities.validation.datesOutOfOrder"));
		}
	}

	private static void tooLong(List<Problem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(problem(field, "activities.validation.tooLong"));
		}
	}

	private static boolean outside(BigDecimal value, int limit) {
		return value != null && value.abs().compareTo(BigDecimal.valueOf(limit)) > 0;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** One message per field and key is enough, however many lines repeat the mistake. */
	private static void dedupe(List<Problem> problems) {
		Set<String> seen = new LinkedHashSet<>();
		problems.removeIf(p -> !seen.add(p.field() + "|" + p.messageKey() + "|" + p.args()));
	}

	static Problem problem(String field, String key, Object... args) {
		List<Object> list = new ArrayList<>();
		for (Object a : args) {
			list.add(a == null ? "" : a);
		}
		return new Problem(field, key, list);
	}

	record ResolvedParticipant(long organizationId, int role) {
	}

	/** An activity that keeps every rule, ready to store. */
	record Checked(String identifier, List<OtherIdentifier> otherIdentifiers, LocalizedText title,
			LocalizedText description, String originalLanguage, int status, LocalDate plannedStart,
			LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, List<ResolvedParticipant> participants,
			List<CountryShare> countries, BigDecimal budget, String currency, List<Integer> gcmObjectives,
			List<String> sdgTargets, List<Location> locations, List<MeasureRef> measures) {
	}
}
