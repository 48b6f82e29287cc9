package org.enlace.commitments;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.enlace.commitments.CommitmentViews.Applicability;
import org.enlace.mechanisms.MechanismViews.MembershipView;
import org.enlace.mechanisms.Mechanisms;
import org.enlace.mechanisms.MembershipStatus;

/**
 * Which states an instrument binds: the mechanism's members on the binding day (its signatories,
 * for a declaration of a mechanism that has signatories), then the secretariat's exceptions per
 * commitment. One instance serves one request, remembering each mechanism it looked up.
 */
final class ApplicabilityRule {

	private final Mechanisms mechanisms;

	private final LocalDate today;

	private final Map<String, List<MembershipView>> memberships = new HashMap<>();

	ApplicabilityRule(Mechanisms mechanisms, LocalDate today) {
		this.mechanisms = mechanisms;
		this.today = today;
	}

	Set<String> derived(Instrument instrument) {
		LocalDate day = instrument.bindingDay(today);
		List<MembershipView> on = memberships
			.computeIfAbsent(instrument.getMechanismCode(), code -> mechanisms.find(code).memberships())
			.stream()
			.filter(ms -> (ms.since() == null || !day.isBefore(ms.since()))
					&& (ms.until() == null || !day.isAfter(ms.until())))
			.toList();
		boolean bySignature = instrument.getKind() == InstrumentKind.DECLARATION
				&& on.stream().anyMatch(ms -> ms.status() == MembershipStatus.SIGNATORY);
		return on.stream()
			.filter(ms -> bySignature ? ms.status() == MembershipStatus.SIGNATORY
					: ms.status() != MembershipStatus.OBSERVER)
			.map(MembershipView::countryIso3)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	Applicability of(Instrument instrument, Commitment commitment) {
		Set<String> derived = derived(instrument);
		Set<String> countries = new TreeSet<>(derived);
		commitment.getOverrides().forEach((iso3, applies) -> {
			if (applies) {
				countries.add(iso3);
			}
			else {
				countries.remove(iso3);
			}
		});
		return new Applicability(derived, new TreeMap<>(commitment.getOverrides()), countries);
	}
}
