package org.enlace.mechanisms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.enlace.audit.AuditTrail;
import org.enlace.audit.AuditTrail.AuditRecord;
import org.enlace.mechanisms.MechanismViews.BodyView;
import org.enlace.mechanisms.MechanismViews.MechanismDetail;
import org.enlace.mechanisms.MechanismViews.MechanismSummary;
import org.enlace.mechanisms.MechanismViews.MembershipView;
import org.enlace.mechanisms.MechanismViews.PresidencyView;
import org.enlace.mechanisms.MechanismViews.Troika;
import org.enlace.shared.NotFoundException;
import org.enlace.shared.PageOf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mechanisms facade for reading. Mechanisms, their members, bodies and presidencies are public
 * facts, so reading needs no actor; changing them goes through {@link MechanismKeeping}.
 */
@Service
public class Mechanisms {

	private final MechanismRepository mechanisms;

	private final AuditTrail audit;

	private final Clock clock;

	Mechanisms(MechanismRepository mechanisms, AuditTrail audit) {
		this.mechanisms = mechanisms;
		this.audit = audit;
		this.clock = Clock.systemDefaultZone();
	}

	@Transactional(readOnly = true)
	public List<MechanismSummary> all() {
		LocalDate today = LocalDate.now(clock);
		return mechanisms.findAllInOrder().stream().map(m -> summary(m, today)).toList();
	}

	/** One page of the mechanisms, in their usual order; pages count from 0. */
	@Transactional(readOnly = true)
	public PageOf<MechanismSummary> page(int page, int size) {
		List<MechanismSummary> all = all();
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new PageOf<>(all.subList(from, to), page, size, all.size());
	}

	@Transactional(readOnly = true)
	public MechanismDetail find(String code) {
		Mechanism m = mechanisms.findByCode(code).orElseThrow(() -> new NotFoundException("mechanism " + code));
		List<PresidencyView> presidencies = m.getPresidencies()
			.stream()
			.map(p -> new PresidencyView(p.getCountryIso3(), p.getStartsOn(), p.getEndsOn(), p.getId()))
			.sorted(Comparator.comparing(PresidencyView::startsOn))
			.toList();
		return new MechanismDetail(m.getCode(), m.getAcronym(), m.getName(), m.getKind(), m.getEstablished(),
				m.getSecretariat(), m.getPresidencyRotation(), m.getNotes(),
				m.getMemberships().stream().map(ms -> membership(m, ms)).toList(),
				m.getObserverOrganizations().stream().map(ObserverOrganization::getName).toList(),
				m.getBodies().stream().map(b -> body(m, b)).toList(), presidencies,
				Troika.on(LocalDate.now(clock), presidencies));
	}

	public boolean exists(String code) {
		return code != null && mechanisms.findByCode(code).isPresent();
	}

	/** The bodies of a mechanism, for pickers and filters. */
	@Transactional(readOnly = true)
	public List<BodyView> bodiesOf(String code) {
		return mechanisms.findByCode(code)
			.map(m -> m.getBodies().stream().map(b -> body(m, b)).toList())
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public Optional<BodyView> body(String mechanismCode, String bodyCode) {
		return bodiesOf(mechanismCode).stream().filter(b -> b.code().equalsIgnoreCase(bodyCode)).findFirst();
	}

	/** Every membership of one country, current or past. */
	@Transactional(readOnly = true)
	public List<MembershipView> membershipsOf(String countryIso3) {
		return mechanisms.findAllInOrder()
			.stream()
			.flatMap(m -> m.getMemberships()
				.stream()
				.filter(ms -> ms.getCountryIso3().equalsIgnoreCase(countryIso3))
				.map(ms -> membership(m, ms)))
			.toList();
	}

	/** Each country's current memberships, by ISO3; countries taking part in nothing are absent. */
	@Transactional(readOnly = true)
	public Map<String, List<MembershipView>> currentMemberships() {
		LocalDate today = LocalDate.now(clock);
		Map<String, List<MembershipView>> byCountry = new TreeMap<>();
		for (Mechanism m : mechanisms.findAllInOrder()) {
			for (Membership ms : m.getMemberships()) {
				if (ms.isCurrentOn(today)) {
					byCountry.computeIfAbsent(ms.getCountryIso3(), k -> new ArrayList<>())
						.add(membership(m, ms));
				}
			}
		}
		return byCountry;
	}

	/**
	 * Everything changed in a mechanism and its parts (bodies, memberships, presidencies), newest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> history(String code) {
		Mechanism m = mechanisms.findByCode(code).orElseThrow(() -> new NotFoundException("mechanism " + code));
		return audit.history(KeepingSnapshots.ENTITY_TYPE, m.getCode());
	}

	/**
	 * The membership matrix: for each country, its current status in each mechanism (absent when it
	 * takes no part). Countries sorted by ISO3, mechanisms in their usual order.
	 */
	@Transactional(readOnly = true)
	public Map<String, Map<String, MembershipStatus>> membershipMatrix() {
		LocalDate today = LocalDate.now(clock);
		Map<String, Map<String, MembershipStatus>> matrix = new TreeMap<>();
		for (Mechanism m : mechanisms.findAllInOrder()) {
			for (Membership ms : m.getMemberships()) {
				if (ms.isCurrentOn(today)) {
					matrix.computeIfAbsent(ms.getCountryIso3(), k -> new LinkedHashMap<>()).put(m.getCode(),
							ms.getStatus());
				}
			}
		}
		return matrix;
	}

	static MechanismSummary summary(Mechanism m, LocalDate today) {
		int members = 0;
		int observers = 0;
		for (Membership ms : m.getMemberships()) {
			if (ms.isCurrentOn(today)) {
				if (ms.getStatus() == MembershipStatus.OBSERVER) {
					observers++;
				}
				else {
					members++;
				}
			}
		}
		return new MechanismSummary(m.getCode(), m.getAcronym(), m.getName(), m.getKind(), m.getEstablished(),
				members, observers);
	}

	private static MembershipView membership(Mechanism m, Membership ms) {
		return new MembershipView(m.getCode(), ms.getCountryIso3(), ms.getStatus(), ms.getSince(), ms.getUntil(),
				ms.getId());
	}

	private static BodyView body(Mechanism m, Body b) {
		return new BodyView(m.getCode(), b.getCode(), b.getName(), b.getKind().code(), b.getNotes());
	}
}
