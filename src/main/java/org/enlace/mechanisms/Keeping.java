package org.enlace.mechanisms;

import java.time.LocalDate;

import org.enlace.shared.LocalizedText;

/** What a secretariat or an administrator submits when keeping a mechanism: its facts and its parts. */
public final class Keeping {

	private Keeping() {
	}

	/** The facts of a mechanism itself. */
	public record MechanismFacts(LocalizedText name, LocalizedText acronym, String kind, Integer established,
			String secretariat, String presidencyRotation, String notes) {
	}

	/** A body of a mechanism; {@code code} is unique within the mechanism. */
	public record BodyFacts(String code, LocalizedText name, BodyKind kind, String notes) {
	}

	/** A country's standing in a mechanism for a period; a missing {@code since} is not recorded, a missing {@code until} ongoing. */
	public record MembershipFacts(String countryIso3, MembershipStatus status, LocalDate since, LocalDate until) {
	}

	/** A country holding the presidency from one day to another, both included. */
	public record PresidencyFacts(String countryIso3, LocalDate startsOn, LocalDate endsOn) {
	}

	/** Facts as they are now, with the version an edit form sends back to detect concurrent changes. */
	public record Editable<T>(T facts, int version) {
	}
}
