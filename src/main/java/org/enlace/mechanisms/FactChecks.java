package org.enlace.mechanisms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.enlace.mechanisms.ChangeRefused.Problem;
import org.enlace.mechanisms.Keeping.BodyFacts;
import org.enlace.mechanisms.Keeping.MechanismFacts;
import org.enlace.mechanisms.Keeping.MembershipFacts;
import org.enlace.mechanisms.Keeping.PresidencyFacts;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * The rules a mechanism's facts obey whatever form or import they come from; forms check lengths
 * and formats too, so people see those errors first. Each check returns the facts tidied (trimmed,
 * blanks as missing, codes in upper case) or throws {@link ChangeRefused} with every problem found.
 * Rules that need the other parts of the mechanism (overlaps, codes in use) live in
 * {@link Mechanism}.
 */
@Component
class FactChecks {

	static final Pattern BODY_CODE = Pattern.compile("[A-Z0-9-]{1,16}");

	static final int FIRST_YEAR = 1900;

	private final ReferenceData reference;

	FactChecks(ReferenceData reference) {
		this.reference = reference;
	}

	MechanismFacts check(MechanismFacts f, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		LocalizedText name = tidy(f.name());
		if (name.isEmpty()) {
			problems.add(new Problem("nameEs", "mechanisms.validation.nameRequired"));
		}
		String kind = tidy(f.kind());
		if (kind == null) {
			problems.add(new Problem("kind", "mechanisms.validation.required"));
		}
		if (f.established() != null && (f.established() < FIRST_YEAR || f.established() > today.getYear())) {
			problems.add(new Problem("established", "mechanisms.validation.established"));
		}
		refuse(problems);
		return new MechanismFacts(name, tidy(f.acronym()), kind, f.established(), tidy(f.secretariat()),
				tidy(f.presidencyRotation()), tidy(f.notes()));
	}

	BodyFacts check(BodyFacts f) {
		List<Problem> problems = new ArrayList<>();
		String code = tidy(f.code());
		if (code == null || !BODY_CODE.matcher(code).matches()) {
			problems.add(new Problem("code", "mechanisms.validation.bodyCode"));
		}
		LocalizedText name = tidy(f.name());
		if (name.isEmpty()) {
			problems.add(new Problem("nameEs", "mechanisms.validation.nameRequired"));
		}
		if (f.kind() == null) {
			problems.add(new Problem("kind", "mechanisms.validation.required"));
		}
		refuse(problems);
		return new BodyFacts(code, name, f.kind(), tidy(f.notes()));
	}

	MembershipFacts check(MembershipFacts f) {
		List<Problem> problems = new ArrayList<>();
		String country = country(f.countryIso3(), problems);
		if (f.status() == null) {
			problems.add(new Problem("status", "mechanisms.validation.required"));
		}
		if (f.since() != null && f.until() != null && f.until().isBefore(f.since())) {
			problems.add(new Problem("until", "mechanisms.validation.untilBeforeSince"));
		}
		refuse(problems);
		return new MembershipFacts(country, f.status(), f.since(), f.until());
	}

	PresidencyFacts check(PresidencyFacts f) {
		List<Problem> problems = new ArrayList<>();
		String country = country(f.countryIso3(), problems);
		if (f.startsOn() == null) {
			problems.add(new Problem("startsOn", "mechanisms.validation.required"));
		}
		if (f.endsOn() == null) {
			problems.add(new Problem("endsOn", "mechanisms.validation.required"));
		}
		else if (f.startsOn() != null && f.endsOn().isBefore(f.startsOn())) {
			problems.add(new Problem("endsOn", "mechanisms.validation.endBeforeStart"));
		}
		refuse(problems);
		return new PresidencyFacts(country, f.startsOn(), f.endsOn());
	}

	private String country(String iso3, List<Problem> problems) {
		String tidy = tidy(iso3);
		if (tidy == null || reference.country(tidy).isEmpty()) {
			problems.add(new Problem("countryIso3", "mechanisms.validation.country"));
			return null;
		}
		return tidy.toUpperCase(Locale.ROOT);
	}

	private static void refuse(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new ChangeRefused(problems);
		}
	}

	private static LocalizedText tidy(LocalizedText text) {
		return text == null ? LocalizedText.of(null, null, null) : LocalizedText.of(text.es(), text.en(), text.fr());
	}

	private static String tidy(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
