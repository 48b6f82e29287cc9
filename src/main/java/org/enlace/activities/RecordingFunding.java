package org.enlace.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.enlace.activities.ActivityRefused.Problem;
import org.enlace.activities.ActivityStore.Stored;
import org.enlace.audit.AuditTrail;
import org.enlace.shared.Actor;
import org.enlace.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording an activity's money (IATI transactions: 2 commitment, 3 disbursement, 4 expenditure)
 * and its indicators. Whoever may edit the activity may record them. A transaction's US dollar value
 * is fixed when it is recorded, through the rate in force on its date.
 */
@Service
public class RecordingFunding {

	private final ActivityStore store;

	private final ActivityChecks checks;

	private final ExchangeRates rates;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	RecordingFunding(ActivityStore store, ActivityChecks checks, ExchangeRates rates, JdbcClient jdbc,
			AuditTrail audit) {
		this.store = store;
		this.checks = checks;
		this.rates = rates;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Checks that the actor may record figures of this activity, for the heading of a form. */
	@Transactional(readOnly = true)
	public void requireEditable(Actor actor, long activityId) {
		edited(actor, activityId);
	}

	@Transactional
	public void addTransaction(Actor actor, long activityId, TransactionDraft t) {
		edited(actor, activityId);
		List<Problem> problems = new ArrayList<>();
		if (t.type() == null || t.type() < 2 || t.type() > 4) {
			problems.add(ActivityChecks.problem("type", "activities.validation.transactionType"));
		}
		if (t.date() == null) {
			problems.add(ActivityChecks.problem("date", "activities.validation.required"));
		}
		if (t.value() == null) {
			problems.add(ActivityChecks.problem("value", "activities.validation.required"));
		}
		else if (t.value().signum() < 0) {
			problems.add(ActivityChecks.problem("value", "activities.validation.negative"));
		}
		String currency = t.currency() == null ? null : t.currency().strip().toUpperCase(Locale.ROOT);
		Optional<Long> provider = party(actor, t.provider(), "provider", problems);
		Optional<Long> receiver = party(actor, t.receiver(), "receiver", problems);
		BigDecimal usd = null;
		if (!Currencies.isKnown(currency)) {
			problems.add(ActivityChecks.problem("currency", "activities.validation.currency"));
		}
		else if (t.date() != null && t.value() != null) {
			usd = rates.inUsd(t.value(), currency, t.date()).orElse(null);
			if (usd == null) {
				problems.add(ActivityChecks.problem("currency", "activities.validation.noRate", currency, t.date()));
			}
		}
		if (!problems.isEmpty()) {
			throw new ActivityRefused(problems);
		}
		long id = jdbc.sql("""
				insert into activity_transaction (activity_id, type, value_date, provider_id, provider_name,
				  receiver_id, receiver_name, value, currency, value_usd)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(activityId, t.type(), t.date(), provider.orElse(null), blankToNull(t.providerName()),
					receiver.orElse(null), blankToNull(t.receiverName()), t.value(), currency, usd)
			.query(Long.class)
			.single();
		Map<String, String> after = new LinkedHashMap<>();
		after.put("type", String.valueOf(t.type()));
		after.put("date", t.date().toString());
		after.put("value", t.value().toPlainString() + " " + currency);
		after.put("valueUsd", usd.toPlainString());
		audit.record(actor, RecordingActivities.ENTITY_TYPE, activityId, "CREATED", null,
				RecordingActivities.label("transaction." + id, after));
	}

	@Transactional
	public void addIndicator(Actor actor, long activityId, IndicatorDraft i) {
		edited(actor, activityId);
		List<Problem> problems = new ArrayList<>();
		if (i.title() == null || i.title().isBlank()) {
			problems.add(ActivityChecks.problem("title", "activities.validation.required"));
		}
		else if (i.title().length() > 300) {
			problems.add(ActivityChecks.problem("title", "activities.validation.tooLong"));
		}
		if (i.unit() != null && i.unit().length() > 60) {
			problems.add(ActivityChecks.problem("unit", "activities.validation.tooLong"));
		}
		if (i.baselineYear() != null && (i.baselineYear() < 1900 || i.baselineYear() > 2100)) {
			problems.add(ActivityChecks.problem("baselineYear", "activities.validation.year"));
		}
		boolean period = i.periodStart() != null || i.periodEnd() != null || i.target() != null || i.actual() != null;
		if (period) {
			if (i.periodStart() == null) {
				problems.add(ActivityChecks.problem("periodStart", "activities.validation.required"));
			}
			if (i.periodEnd() == null) {
				problems.add(ActivityChecks.problem("periodEnd", "activities.validation.required"));
			}
			else if (i.periodStart() != null && i.periodEnd().isBefore(i.periodStart())) {
				problems.add(ActivityChecks.problem("periodEnd", "activities.validation.datesOutOfOrder"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ActivityRefused(problems);
		}
		long id = jdbc.sql("""
				insert into activity_indicator (activity_id, title, unit, baseline, baseline_year)
				values (?, ?, ?, ?, ?) returning id""")
			.params(activityId, i.title().strip(), blankToNull(i.unit()), i.baseline(), i.baselineYear())
			.query(Long.class)
			.single();
		Map<String, String> after = new LinkedHashMap<>();
		after.put("title", i.title().strip());
		after.put("baseline", i.baseline() == null ? null : i.baseline().toPlainString());
		if (period) {
			jdbc.sql("insert into indicator_period (indicator_id, period_start, period_end, target, actual) values (?, ?, ?, ?, ?)")
				.params(id, i.periodStart(), i.periodEnd(), i.target(), i.actual())
				.update();
			after.put("period", i.periodStart() + " – " + i.periodEnd());
			after.put("target", i.target() == null ? null : i.target().toPlainString());
			after.put("actual", i.actual() == null ? null : i.actual().toPlainString());
		}
		audit.record(actor, RecordingActivities.ENTITY_TYPE, activityId, "CREATED", null,
				RecordingActivities.label("indicator." + id, after));
	}

	/**
	 * Records a period of an indicator: its target, its actual, or both. A period with the same
	 * dates is revised (a target set at the start gets its actual later); otherwise one is added.
	 */
	@Transactional
	public void recordPeriod(Actor actor, long activityId, long indicatorId, PeriodDraft p) {
		String indicator = indicator(actor, activityId, indicatorId);
		List<Problem> problems = new ArrayList<>();
		if (p.start() == null) {
			problems.add(ActivityChecks.problem("periodStart", "activities.validation.required"));
		}
		if (p.end() == null) {
			problems.add(ActivityChecks.problem("periodEnd", "activities.validation.required"));
		}
		else if (p.start() != null && p.end().isBefore(p.start())) {
			problems.add(ActivityChecks.problem("periodEnd", "activities.validation.datesOutOfOrder"));
		}
		if (p.target() == null && p.actual() == null) {
			problems.add(ActivityChecks.problem("actual", "activities.validation.targetOrActual"));
		}
		if (!problems.isEmpty()) {
			throw new ActivityRefused(problems);
		}
		Optional<Long> existing = jdbc.sql("""
				select id from indicator_period where indicator_id = ? and period_start = ? and period_end = ?
				order by id limit 1""")
			.params(indicatorId, p.start(), p.end())
			.query(Long.class)
			.optional();
		Map<String, String> after = new LinkedHashMap<>();
		after.put("period", p.start() + " – " + p.end());
		if (p.target() != null) {
			after.put("target", p.target().toPlainString());
		}
		if (p.actual() != null) {
			after.put("actual", p.actual().toPlainString());
		}
		if (existing.isPresent()) {
			// What is left empty keeps its value: recording an actual does not erase the target.
			jdbc.sql("update indicator_period set target = coalesce(?, target), actual = coalesce(?, actual) where id = ?")
				.params(p.target(), p.actual(), existing.get())
				.update();
		}
		else {
			jdbc.sql("insert into indicator_period (indicator_id, period_start, period_end, target, actual) values (?, ?, ?, ?, ?)")
				.params(indicatorId, p.start(), p.end(), p.target(), p.actual())
				.update();
		}
		after.put("indicator", indicator);
		audit.record(actor, RecordingActivities.ENTITY_TYPE, activityId, "UPDATED", null,
				RecordingActivities.label("indicator." + indicatorId, after));
	}

	/** The title of an indicator of an activity the actor may edit; {@link NotFoundException} for another's. */
	@Transactional(readOnly = true)
	public String indicator(Actor actor, long activityId, long indicatorId) {
		edited(actor, activityId);
		return jdbc.sql("select title from activity_indicator where id = ? and activity_id = ?")
			.params(indicatorId, activityId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("indicator " + indicatorId + " of activity " + activityId));
	}

	private Optional<Long> party(Actor actor, String organization, String field, List<Problem> problems) {
		if (organization == null || organization.isBlank()) {
			return Optional.empty();
		}
		Optional<Long> id = checks.organization(actor, organization);
		if (id.isEmpty()) {
			problems.add(ActivityChecks.problem(field, "activities.validation.organization", organization));
		}
		return id;
	}

	private Stored edited(Actor actor, long activityId) {
		Stored stored = store.find(activityId).orElseThrow(() -> new NotFoundException("activity " + activityId));
		ActivityRights.require(ActivityRights.mayEdit(actor, stored), "recording funding of " + activityId);
		return stored;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/**
	 * A transaction as sent: provider and receiver are a directory organisation (id or acronym) or a
	 * free-text name, or both.
	 */
	public record TransactionDraft(Integer type, LocalDate date, String provider, String providerName,
			String receiver, String receiverName, BigDecimal value, String currency) {
	}

	/** A period of an indicator with its target and/or actual. */
	public record PeriodDraft(LocalDate start, LocalDate end, BigDecimal target, BigDecimal actual) {
	}

	/** An indicator with its baseline and, optionally, a first period's target and actual. */
	public record IndicatorDraft(String title, String unit, BigDecimal baseline, Integer baselineYear,
			LocalDate periodStart, LocalDate periodEnd, BigDecimal target, BigDecimal actual) {
	}
}
