package org.enlace.mechanisms;

import java.time.LocalDate;
import java.util.List;

import org.enlace.shared.LocalizedText;

/** What the mechanisms facade returns: read-only views, never entities. */
public final class MechanismViews {

	private MechanismViews() {
	}

	/** A mechanism at a glance. */
	public record MechanismSummary(String code, LocalizedText acronym, LocalizedText name, String kind,
			Integer established, int members, int observers) {
	}

	/** Everything a mechanism's page shows. */
	public record MechanismDetail(String code, LocalizedText acronym, LocalizedText name, String kind,
			Integer established, String secretariat, String presidencyRotation, String notes,
			List<MembershipView> memberships, List<String> observerOrganizations, List<BodyView> bodies,
			List<PresidencyView> presidencies, Troika troika) {

		public List<MembershipView> withStatus(MembershipStatus status) {
			return memberships.stream().filter(m -> m.status() == status).toList();
		}
	}

	/** A country's standing in a mechanism for a period; {@code id} addresses it for editing. */
	public record MembershipView(String mechanismCode, String countryIso3, MembershipStatus status, LocalDate since,
			LocalDate until, long id) {

		public boolean isCurrent() {
			LocalDate today = LocalDate.now();
			return (since == null || !today.isBefore(since)) && (until == null || !today.isAfter(until));
		}
	}

	/** A body; {@code kind} is the kind's code ({@link BodyKind#code()}). */
	public record BodyView(String mechanismCode, String code, LocalizedText name, String kind, String notes) {

		public BodyKind bodyKind() {
			return BodyKind.of(kind);
		}
	}

	/** A presidency; {@code id} addresses it for removal. */
	public record PresidencyView(String countryIso3, LocalDate startsOn, LocalDate endsOn, long id) {
	}

	/** The previous, current and next presidencies; any may be unknown. */
	public record Troika(PresidencyView previous, PresidencyView current, PresidencyView next) {

		static Troika on(LocalDate day, List<PresidencyView> sorted) {
			PresidencyView previous = null;
			PresidencyView current = null;
			PresidencyView next = null;
			for (PresidencyView p : sorted) {
				if (p.endsOn().isBefore(day)) {
					previous = p;
				}
				else if (!p.startsOn().isAfter(day)) {
					current = p;
				}
				else if (next == null) {
					next = p;
				}
			}
			return new Troika(previous, current, next);
		}
	}
}
