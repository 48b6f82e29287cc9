package org.enlace.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enlace.activities.ActivityChecks.Checked;
import org.enlace.activities.ActivityStore.Stored;
import org.enlace.activities.ActivityViews.ActivityDetail;
import org.enlace.activities.ActivityViews.ActivityFilter;
import org.enlace.activities.ActivityViews.ActivityLine;
import org.enlace.activities.ActivityViews.ActivityTable;
import org.enlace.activities.ActivityViews.IndicatorView;
import org.enlace.activities.ActivityViews.ParticipantView;
import org.enlace.activities.ActivityViews.PeriodView;
import org.enlace.activities.ActivityViews.ProgressOfMeasure;
import org.enlace.activities.ActivityViews.SummaryTable;
import org.enlace.activities.ActivityViews.TransactionView;
import org.enlace.audit.AuditTrail;
import org.enlace.audit.AuditTrail.AuditRecord;
import org.enlace.directory.Directory;
import org.enlace.shared.Actor;
import org.enlace.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities facade for reading: "who does what where", one activity with its money,
 * indicators and reports, and how far the activities implementing an agreed measure have come.
 * Activities are public; unapproved progress reports are shown only to the people of the activity.
 */
@Service
public class Activities {

	/** The most rows one page of the activities table lists; its totals always cover every match. */
	public static final int MAX_ROWS = 200;

	private final ActivityStore store;

	private final ActivityLines lines;

	private final ReportingProgress reports;

	private final MeasureLinks measures;

	private final ExchangeRates rates;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Activities(ActivityStore store, ActivityLines lines, ReportingProgress reports, MeasureLinks measures,
			ExchangeRates rates, Directory directory, JdbcClient jdbc, AuditTrail audit) {
		this.store = store;
		this.lines = lines;
		this.reports = reports;
		this.measures = measures;
		this.rates = rates;
		this.directory = directory;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The activities matching the filter, with totals in US dollars. */
	@Transactional(readOnly = true)
	public ActivityTable table(Actor actor, ActivityFilter filter) {
		return table(actor, filter, 0, MAX_ROWS);
	}

	/** One page (from 0) of the activities matching the filter, at most {@link #MAX_ROWS} a page, with totals over all. */
	@Transactional(readOnly = true)
	public ActivityTable table(Actor actor, ActivityFilter filter, int page, int size) {
		Set<Long> mechanismMeasures = filter.mechanism() == null ? Set.of() : measures.measuresOf(filter.mechanism());
		return lines.table(actor, filter, mechanismMeasures, Math.max(0, page), Math.min(Math.max(1, size), MAX_ROWS));
	}

	/** Activities and budget (US dollars, by country share) per country and GCM objective. */
	@Transactional(readOnly = true)
	public SummaryTable summary() {
		return lines.summary();
	}

	@Transactional(readOnly = true)
	public ActivityDetail find(Actor actor, long id) {
		Stored stored = store.find(id).orElseThrow(() -> new NotFoundException("activity " + id));
		Checked a = stored.facts();
		List<ParticipantView> participants = a.participants().stream().map(p -> {
			try {
				var o = directory.organization(actor, p.organizationId());
				return new ParticipantView(o.id(), o.acronym(), o.name(), p.role());
			}
			catch (NotFoundException gone) {
				return new ParticipantView(p.organizationId(), null, "#" + p.organizationId(), p.role());
			}
		}).toList();
		List<TransactionView> transactions = jdbc.sql("""
				select t.id, t.type, t.value_date, t.provider_id, t.provider_name, t.receiver_id, t.receiver_name,
				  t.value, t.currency, t.value_usd from activity_transaction t where t.activity_id = ?
				order by t.value_date, t.id""")
			.param(id)
			.query((rs, i) -> new TransactionView(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
					party(actor, (Long) rs.getObject(4), rs.getString(5)),
					party(actor, (Long) rs.getObject(6), rs.getString(7)), rs.getBigDecimal(8), rs.getString(9),
					rs.getBigDecimal(10)))
			.list();
		LocalDate budgetDate = a.plannedStart() != null ? a.plannedStart()
				: a.actualStart() != null ? a.actualStart() : LocalDate.now();
		return new ActivityDetail(id, a.identifier(), a.otherIdentifiers(), a.title(), a.description(),
				a.originalLanguage(), a.status(), a.plannedStart(), a.plannedEnd(), a.actualStart(), a.actualEnd(),
				participants, a.countries(), a.budget(), a.currency(),
				rates.inUsd(a.budget(), a.currency(), budgetDate).orElse(null), a.gcmObjectives(), a.sdgTargets(),
				a.locations(),
				a.measures().stream().filter(m -> measures.visibleTo(actor, m.id())).toList(), stored.demo(), stored.version(), transactions, sum(transactions, 2),
				sum(transactions, 3), sum(transactions, 4), indicators(id), reports.reportsOf(actor, stored),
				approvedPercent(id), ActivityRights.mayEdit(actor, stored), ActivityRights.mayReport(actor, stored));
	}

	/** Everything changed in an activity, its funding, indicators and reports, newest first. */
	@Transactional(readOnly = true)
	public List<AuditRecord> history(Actor actor, long id) {
		return audit.history(RecordingActivities.ENTITY_TYPE, id)
			.stream()
			.map(r -> new AuditRecord(r.action(), r.actor(), r.at(), r.changes()
				.stream()
				.map(c -> c.field().equals("measures")
						? new AuditRecord.Change(c.field(), visibleCodes(actor, c.before()), visibleCodes(actor, c.after()))
						: c)
				.filter(c -> !java.util.Objects.equals(c.before(), c.after()))
				.toList()))
			.filter(r -> !r.changes().isEmpty() || !r.action().equals("UPDATED"))
			.toList();
	}

	/** The measure codes of a recorded list the actor may see: members-only codes stay hidden in history too. */
	private String visibleCodes(Actor actor, String codes) {
		if (codes == null || codes.isBlank()) {
			return codes;
		}
		return java.util.Arrays.stream(codes.split(",\\s*"))
			.filter(code -> measures.byCode(code).map(m -> measures.visibleTo(actor, m.id())).orElse(true))
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/** The activities implementing an agreed measure, for the measure's page. */
	@Transactional(readOnly = true)
	public List<ActivityLine> implementing(long measureId) {
		return lines.implementing(Actor.ANONYMOUS, measureId);
	}

	/**
	 * How far the activities implementing an agreed measure have come: the average of each
	 * activity's latest approved percentage (an activity without one counts as 0), whether any has
	 * started, and the money committed and disbursed.
	 */
	@Transactional(readOnly = true)
	public ProgressOfMeasure progressOfMeasure(long measureId) {
		return progressOfMeasures(List.of(measureId)).getOrDefault(measureId,
				new ProgressOfMeasure(0, 0, false, BigDecimal.ZERO, BigDecimal.ZERO));
	}

	/** {@link #progressOfMeasure(long)} for many measures in two grouped queries; unimplemented ones are absent. */
	@Transactional(readOnly = true)
	public Map<Long, ProgressOfMeasure> progressOfMeasures(Collection<Long> measureIds) {
		Long[] ids = measureIds.toArray(Long[]::new);
		Map<Long, BigDecimal[]> money = new HashMap<>();
		jdbc.sql("""
				select m.measure_id,
				  coalesce(sum(t.value_usd) filter (where t.type = 2), 0),
				  coalesce(sum(t.value_usd) filter (where t.type = 3), 0)
				from activity_measure m join activity_transaction t on t.activity_id = m.activity_id
				where m.measure_id = any(?) group by m.measure_id""")
			.param(ids)
			.query((rs, i) -> money.put(rs.getLong(1), new BigDecimal[] { rs.getBigDecimal(2), rs.getBigDecimal(3) }))
			.list();
		Map<Long, ProgressOfMeasure> found = new HashMap<>();
		// IATI statuses 2–4 (implementation, finalisation, closed) mean the work began.
		jdbc.sql("""
				select m.measure_id, count(*), avg(coalesce(latest.percent_complete, 0)),
				  bool_or(a.actual_start is not null or a.status between 2 and 4)
				from activity_measure m join activity a on a.id = m.activity_id
				left join lateral (select r.percent_complete from progress_report r where r.activity_id = a.id
				  and r.status = 'APPROVED' order by r.period_end desc, r.reviewed_at desc limit 1) latest on true
				where m.measure_id = any(?) group by m.measure_id""")
			.param(ids)
			.query((rs, i) -> {
				long measure = rs.getLong(1);
				BigDecimal[] sums = money.getOrDefault(measure, new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
				return found.put(measure, new ProgressOfMeasure(rs.getInt(2),
						rs.getBigDecimal(3).setScale(0, java.math.RoundingMode.HALF_UP).intValue(), rs.getBoolean(4),
						sums[0], sums[1]));
			})
			.list();
		return found;
	}

	private List<IndicatorView> indicators(long activityId) {
		return jdbc.sql("select id, title, unit, baseline, baseline_year from activity_indicator where activity_id = ? order by id")
			.param(activityId)
			.query((rs, i) -> new IndicatorView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					(Integer) rs.getObject(5), jdbc.sql("""
							select period_start, period_end, target, actual from indicator_period
							where indicator_id = ? order by period_start""")
						.param(rs.getLong(1))
						.query((p, j) -> new PeriodView(p.getObject(1, LocalDate.class), p.getObject(2, LocalDate.class),
								p.getBigDecimal(3), p.getBigDecimal(4)))
						.list()))
			.list();
	}

	private Integer approvedPercent(long activityId) {
		return jdbc.sql("""
				select percent_complete from progress_report where activity_id = ? and status = 'APPROVED'
				order by period_end desc, reviewed_at desc limit 1""")
			.param(activityId)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	private String party(Actor actor, Long organizationId, String name) {
		if (organizationId == null) {
			return name;
		}
		try {
			var o = directory.organization(actor, organizationId);
			String label = o.acronym() == null || o.acronym().isBlank() ? o.name() : o.acronym();
			return name == null ? label : label + " (" + name + ")";
		}
		catch (NotFoundException gone) {
			return name == null ? "#" + organizationId : name;
		}
	}

	private static BigDecimal sum(List<TransactionView> transactions, int type) {
		return transactions.stream()
			.filter(t -> t.type() == type)
			.map(TransactionView::valueUsd)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
