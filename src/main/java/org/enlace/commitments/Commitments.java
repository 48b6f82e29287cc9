package org.enlace.commitments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.enlace.audit.AuditTrail;
import org.enlace.audit.AuditTrail.AuditRecord;
import org.enlace.commitments.CommitmentViews.ApplyingCommitment;
import org.enlace.commitments.CommitmentViews.CommitmentView;
import org.enlace.commitments.CommitmentViews.InstrumentDetail;
import org.enlace.commitments.CommitmentViews.InstrumentRow;
import org.enlace.commitments.CommitmentViews.MeasureDetail;
import org.enlace.commitments.CommitmentViews.MeasureQuery;
import org.enlace.commitments.CommitmentViews.MeasureRow;
import org.enlace.mechanisms.Mechanisms;
import org.enlace.shared.Actor;
import org.enlace.shared.NotFoundException;
import org.enlace.shared.PageOf;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commitments facade for reading: instruments, their numbered commitments and agreed measures,
 * with each measure's derived status and the states each commitment applies to. An instrument of
 * access level MEMBERS, with everything in it, does not exist for anonymous visitors: every method
 * here answers as if it were absent. Changes go through {@link CommitmentKeeping}.
 */
@Service
public class Commitments {

	/** Sees every instrument; for answers that decide access rather than show anything. */
	private static final Actor INSIDER = new Actor("commitments", java.util.Set.of());

	private final InstrumentRepository instruments;

	private final CommitmentRepository commitments;

	private final MeasureRepository measures;

	private final Mechanisms mechanisms;

	private final ObjectProvider<MeasureProgress> progress;

	private final AuditTrail audit;

	private final Clock clock;

	Commitments(InstrumentRepository instruments, CommitmentRepository commitments, MeasureRepository measures,
			Mechanisms mechanisms, ObjectProvider<MeasureProgress> progress, AuditTrail audit) {
		this.instruments = instruments;
		this.commitments = commitments;
		this.measures = measures;
		this.mechanisms = mechanisms;
		this.progress = progress;
		this.audit = audit;
		this.clock = Clock.systemDefaultZone();
	}

	/** The instruments the actor may see, of one mechanism or (null) all. */
	@Transactional(readOnly = true)
	public List<InstrumentRow> instruments(Actor actor, String mechanismCode) {
		return instruments.findAllInOrder()
			.stream()
			.filter(i -> i.isVisibleTo(actor))
			.filter(i -> mechanismCode == null || i.getMechanismCode().equalsIgnoreCase(mechanismCode))
			.map(Commitments::row)
			.toList();
	}

	/** One instrument with its commitments and measures; absent or hidden is {@link NotFoundException}. */
	@Transactional(readOnly = true)
	public InstrumentDetail instrument(Actor actor, long id) {
		Instrument i = visibleInstrument(actor, id);
		ApplicabilityRule rule = new ApplicabilityRule(mechanisms, today());
		List<Commitment> placedCommitments = commitments.findByInstrumentIdOrderById(i.getId())
			.stream()
			.sorted(Comparator.comparing(Commitment::getNumber, Commitments::naturally))
			.toList();
		Map<Long, List<AgreedMeasure>> measuresOf = new java.util.HashMap<>();
		placedCommitments.forEach(c -> measuresOf.put(c.getId(), inOrder(measures.findByCommitmentId(c.getId()))));
		Map<Long, MeasureProgress.Progress> progress = progressOf(
				measuresOf.values().stream().flatMap(List::stream).map(AgreedMeasure::getId).toList());
		List<CommitmentView> views = placedCommitments.stream()
			.map(c -> new CommitmentView(c.getId(), c.getNumber(), c.text(),
					measuresOf.get(c.getId()).stream().map(m -> row(i, m, progress)).toList(), rule.of(i, c)))
			.toList();
		return new InstrumentDetail(row(i), i.getBodyCode(), i.text(), i.getMeeting(), i.getNotes(),
				i.facts().documents(), views, i.getVersion());
	}

	/** One page of the measures the actor may see, matching the query, by code. */
	@Transactional(readOnly = true)
	public PageOf<MeasureRow> measures(Actor actor, MeasureQuery query) {
		List<MeasureRow> matching = matching(visibleMeasures(actor), query).stream()
			.map(Matched::row)
			.collect(java.util.stream.Collectors.toCollection(ArrayList::new));
		matching.sort(Comparator.comparing(MeasureRow::code, Commitments::naturally));
		int from = (int) Math.min((long) query.page() * query.size(), matching.size());
		int to = Math.min(from + query.size(), matching.size());
		return new PageOf<>(matching.subList(from, to), query.page(), query.size(), matching.size());
	}

	/** The measures matching the query's filters (its page and size aside), with their rows. */
	private List<Matched> matching(List<Placed> candidates, MeasureQuery query) {
		ApplicabilityRule rule = new ApplicabilityRule(mechanisms, today());
		List<Placed> filtered = candidates.stream()
			.filter(p -> query.mechanism() == null || p.instrument().getMechanismCode().equalsIgnoreCase(query.mechanism()))
			.filter(p -> query.gcm() == null || p.measure().getGcmObjectives().contains(query.gcm()))
			.filter(p -> query.country() == null || rule.of(p.instrument(), p.commitment())
				.countries()
				.contains(query.country().toUpperCase(Locale.ROOT)))
			.toList();
		Map<Long, MeasureProgress.Progress> progress = progressOf(idsOf(filtered));
		return filtered.stream()
			.map(p -> new Matched(p, row(p.instrument(), p.measure(), progress)))
			.filter(m -> query.status() == null || m.row().status() == query.status())
			.toList();
	}

	private record Matched(Placed placed, MeasureRow row) {
	}

	/** The measures most recently recorded, newest first. */
	@Transactional(readOnly = true)
	public List<MeasureRow> latestMeasures(Actor actor, int count) {
		List<Placed> latest = visibleMeasures(actor).stream()
			.sorted(Comparator.comparing((Placed p) -> p.measure().getId()).reversed())
			.limit(count)
			.toList();
		Map<Long, MeasureProgress.Progress> progress = progressOf(idsOf(latest));
		return latest.stream().map(p -> row(p.instrument(), p.measure(), progress)).toList();
	}

	/**
	 * The needs and funding board: measures with an estimated cost, the money committed by the
	 * activities implementing them, and the gap, largest gap first.
	 */
	@Transactional(readOnly = true)
	public List<FundingNeed> fundingBoard(Actor actor, MeasureQuery query) {
		MeasureProgress source = this.progress.getIfAvailable();
		List<Matched> costed = matching(visibleMeasures(actor).stream()
			.filter(p -> p.measure().getEstimatedCostUsd() != null)
			.toList(), query);
		List<Long> ids = costed.stream().map(m -> m.placed().measure().getId()).toList();
		Map<Long, MeasureProgress.Funding> funding = source == null || ids.isEmpty() ? Map.of() : source.funding(ids);
		return costed.stream()
			.map(m -> {
				MeasureProgress.Funding money = funding.get(m.placed().measure().getId());
				java.math.BigDecimal committed = money == null ? java.math.BigDecimal.ZERO : money.committedUsd();
				java.math.BigDecimal gap = m.placed().measure().getEstimatedCostUsd().subtract(committed)
					.max(java.math.BigDecimal.ZERO);
				return new FundingNeed(m.row(), money == null ? 0 : money.activities(), committed, gap);
			})
			.sorted(Comparator.comparing(FundingNeed::gapUsd).reversed()
				.thenComparing((FundingNeed n) -> n.measure().code(), Commitments::naturally))
			.toList();
	}

	/** One line of the funding board. */
	public record FundingNeed(MeasureRow measure, int activities, java.math.BigDecimal committedUsd,
			java.math.BigDecimal gapUsd) {
	}

	/** Everything a measure's page shows; absent or hidden is {@link NotFoundException}. */
	@Transactional(readOnly = true)
	public MeasureDetail measureDetail(Actor actor, long id) {
		Placed p = placed(actor, id).orElseThrow(() -> new NotFoundException("measure " + id));
		AgreedMeasure m = p.measure();
		Map<Long, MeasureProgress.Progress> progress = progressOf(List.of(m.getId()));
		return new MeasureDetail(row(p.instrument(), m, progress), m.description(), m.getResponsibleBody(),
				new java.util.TreeSet<>(m.getSdgTargets()), new java.util.TreeSet<>(m.getThemes()), Optional.ofNullable(progress.get(m.getId())), row(p.instrument()), p.commitment().getId(),
				p.commitment().getNumber(), p.commitment().text(),
				new ApplicabilityRule(mechanisms, today()).of(p.instrument(), p.commitment()));
	}

	/** A measure as other modules link to it, if the actor may see it. */
	@Transactional(readOnly = true)
	public Optional<MeasureSummary> measure(Actor actor, long id) {
		return placed(actor, id).map(Commitments::summary);
	}

	/** A measure by its code (case-insensitive), if the actor may see it. */
	@Transactional(readOnly = true)
	public Optional<MeasureSummary> measureByCode(Actor actor, String code) {
		if (code == null) {
			return Optional.empty();
		}
		return measures.findByCodeIgnoreCase(code.strip())
			.flatMap(m -> placed(actor, m.getId()))
			.map(Commitments::summary);
	}

	/**
	 * The codes of the mechanisms that adopted these measures, whoever asks (one query): callers decide
	 * who may act on the measures with it. Unknown ids are left out.
	 */
	@Transactional(readOnly = true)
	public java.util.Set<String> mechanismsOfMeasures(java.util.Collection<Long> measureIds) {
		return measureIds.isEmpty() ? java.util.Set.of() : measures.mechanismsOf(measureIds);
	}

	/**
	 * A measure by its code for linking work to it, whoever asks (members-only included): the
	 * caller decides what to show. Empty for an unknown code.
	 */
	@Transactional(readOnly = true)
	public Optional<MeasureSummary> measureToLink(String code) {
		return code == null ? Optional.empty() : measureByCode(INSIDER, code);
	}

	/** The ids of the measures adopted under a mechanism's instruments. */
	@Transactional(readOnly = true)
	public java.util.Set<Long> measureIdsOf(String mechanismCode) {
		return measures.idsOfMechanism(mechanismCode);
	}

	/** The activities implementing a measure the actor may see; none when no tracker is present. */
	@Transactional(readOnly = true)
	public List<MeasureProgress.Implementation> implementations(Actor actor, long measureId) {
		placed(actor, measureId).orElseThrow(() -> new NotFoundException("measure " + measureId));
		MeasureProgress source = progress.getIfAvailable();
		return source == null ? List.of() : source.implementations(measureId);
	}

	/** Every commitment the actor may see that applies to a country, with its measures. */
	@Transactional(readOnly = true)
	public List<ApplyingCommitment> applyingTo(Actor actor, String countryIso3) {
		String iso3 = countryIso3.toUpperCase(Locale.ROOT);
		ApplicabilityRule rule = new ApplicabilityRule(mechanisms, today());
		record Applying(Instrument instrument, Commitment commitment, List<AgreedMeasure> measures) {
		}
		List<Applying> found = new ArrayList<>();
		for (Instrument i : instruments.findAllInOrder()) {
			if (!i.isVisibleTo(actor)) {
				continue;
			}
			for (Commitment c : commitments.findByInstrumentIdOrderById(i.getId())) {
				if (rule.of(i, c).countries().contains(iso3)) {
					found.add(new Applying(i, c, inOrder(measures.findByCommitmentId(c.getId()))));
				}
			}
		}
		Map<Long, MeasureProgress.Progress> progress = progressOf(
				found.stream().flatMap(a -> a.measures().stream()).map(AgreedMeasure::getId).toList());
		return found.stream()
			.map(a -> new ApplyingCommitment(row(a.instrument()), a.commitment().getId(), a.commitment().getNumber(),
					a.commitment().text(),
					a.measures().stream().map(m -> row(a.instrument(), m, progress)).toList()))
			.toList();
	}

	/** The changes to an instrument and everything in it, newest first. */
	@Transactional(readOnly = true)
	public List<AuditRecord> instrumentHistory(Actor actor, long id) {
		visibleInstrument(actor, id);
		return audit.history(KeepingSnapshots.INSTRUMENT, id);
	}

	/** The changes to a measure, newest first. */
	@Transactional(readOnly = true)
	public List<AuditRecord> measureHistory(Actor actor, long id) {
		placed(actor, id).orElseThrow(() -> new NotFoundException("measure " + id));
		return audit.history(KeepingSnapshots.MEASURE, id);
	}

	Instrument visibleInstrument(Actor actor, long id) {
		return instruments.findById(id)
			.filter(i -> i.isVisibleTo(actor))
			.orElseThrow(() -> new NotFoundException("instrument " + id));
	}

	Optional<Placed> placed(Actor actor, long measureId) {
		return measures.findById(measureId).flatMap(m -> commitments.findById(m.getCommitmentId())
			.flatMap(c -> instruments.findById(c.getInstrumentId())
				.filter(i -> i.isVisibleTo(actor))
				.map(i -> new Placed(i, c, m))));
	}

	private List<Placed> visibleMeasures(Actor actor) {
		Map<Long, Instrument> visible = instruments.findAll()
			.stream()
			.filter(i -> i.isVisibleTo(actor))
			.collect(Collectors.toMap(Instrument::getId, Function.identity()));
		Map<Long, Commitment> placedCommitments = commitments.findAll()
			.stream()
			.filter(c -> visible.containsKey(c.getInstrumentId()))
			.collect(Collectors.toMap(Commitment::getId, Function.identity()));
		return measures.findAll()
			.stream()
			.filter(m -> placedCommitments.containsKey(m.getCommitmentId()))
			.map(m -> {
				Commitment c = placedCommitments.get(m.getCommitmentId());
				return new Placed(visible.get(c.getInstrumentId()), c, m);
			})
			.toList();
	}

	/** The progress of the measures, one question to the tracker for all of them. */
	private Map<Long, MeasureProgress.Progress> progressOf(java.util.Collection<Long> measureIds) {
		MeasureProgress source = progress.getIfAvailable();
		return source == null || measureIds.isEmpty() ? Map.of() : source.of(measureIds);
	}

	private static List<Long> idsOf(List<Placed> placed) {
		return placed.stream().map(p -> p.measure().getId()).toList();
	}

	private MeasureRow row(Instrument i, AgreedMeasure m, Map<Long, MeasureProgress.Progress> progress) {
		return new MeasureRow(m.getId(), m.getCode(), m.title(), i.getMechanismCode(), i.getId(), m.getTargetDate(),
				m.getEstimatedCostUsd(), new java.util.TreeSet<>(m.getGcmObjectives()),
				MeasureStatus.of(Optional.ofNullable(progress.get(m.getId())), m.getTargetDate(), today()));
	}

	static InstrumentRow row(Instrument i) {
		return new InstrumentRow(i.getId(), i.getMechanismCode(), i.getKind(), i.title(), i.getAdoptedYear(),
				i.getAdoptedOn(), i.getAccessLevel());
	}

	private static MeasureSummary summary(Placed p) {
		AgreedMeasure m = p.measure();
		return new MeasureSummary(m.getId(), m.getCode(), m.title().in(LocaleContextHolder.getLocale()),
				p.instrument().getMechanismCode(), m.getEstimatedCostUsd(), m.getTargetDate());
	}

	/**
	 * Commitment numbers and measure codes in reading order: 2 before 10, 3.2 before 3.10,
	 * RCM-2019-SP-9.1 before RCM-2019-SP-10.1. Runs of digits compare as numbers, the rest as text
	 * ignoring case.
	 */
	static int naturally(String a, String b) {
		List<String> x = runs(a);
		List<String> y = runs(b);
		for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
			String p = x.get(k);
			String q = y.get(k);
			int c;
			if (Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0))) {
				String m = p.replaceFirst("^0+(?=.)", "");
				String n = q.replaceFirst("^0+(?=.)", "");
				c = m.length() != n.length() ? Integer.compare(m.length(), n.length()) : m.compareTo(n);
			}
			else {
				c = p.compareToIgnoreCase(q);
			}
			if (c != 0) {
				return c;
			}
		}
		int c = Integer.compare(x.size(), y.size());
		return c != 0 ? c : a.compareTo(b);
	}

	private static List<String> runs(String text) {
		List<String> runs = new ArrayList<>();
		java.util.regex.Matcher m = RUN.matcher(text);
		while (m.find()) {
			runs.add(m.group());
		}
		return runs;
	}

	private static List<AgreedMeasure> inOrder(List<AgreedMeasure> measures) {
		return measures.stream().sorted(Comparator.comparing(AgreedMeasure::getCode, Commitments::naturally)).toList();
	}

	private static final java.util.regex.Pattern RUN = java.util.regex.Pattern.compile("\\d+|\\D+");

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	record Placed(Instrument instrument, Commitment commitment, AgreedMeasure measure) {
	}
}
