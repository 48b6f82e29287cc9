package org.enlace.activities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.enlace.activities.ActivityViews.ActivityFilter;
import org.enlace.activities.ActivityViews.ActivityLine;
import org.enlace.activities.ActivityViews.ActivityTable;
import org.enlace.activities.ActivityViews.SummaryCell;
import org.enlace.activities.ActivityViews.SummaryTable;
import org.enlace.directory.Directory;
import org.enlace.shared.Actor;
import org.enlace.shared.LocalizedText;
import org.enlace.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model of "who does what where": activity rows with money in US dollars, filtered in
 * SQL, and the country × objective summary. Budgets are converted at the rate in force when the
 * activity starts (planned, else actual, else today); committed and disbursed come from transactions.
 */
@Component
class ActivityLines {

	/** Activities with their budget, committed and disbursed amounts in US dollars; alias {@code a}. */
	static final String MONEY = """
			select a.id, a.identifier, a.title_es, a.title_en, a.title_fr, a.status,
			  case when a.budget is null then null when a.currency = 'USD' then a.budget
			       else round(a.budget * (select r.usd from exchange_rate r where r.currency = a.currency
			         and r.valid_from <= coalesce(a.planned_start, a.actual_start, current_date)
			         order by r.valid_from desc limit 1), 2) end as budget_usd,
			  (select coalesce(sum(t.value_usd), 0) from activity_transaction t where t.activity_id = a.id and t.type = 2) as committed_usd,
			  (select coalesce(sum(t.value_usd), 0) from activity_transaction t where t.activity_id = a.id and t.type = 3) as disbursed_usd
			from activity a""";

	private final JdbcClient jdbc;

	private final Directory directory;

	ActivityLines(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	ActivityTable table(Actor actor, ActivityFilter f, Set<Long> mechanismMeasures, int page, int size) {
		Where filter = where(f, mechanismMeasures);
		Map<String, Object> params = new HashMap<>(filter.params());
		String matching = "with matching as (" + MONEY + filter.sql() + ") ";
		var totals = jdbc.sql(matching + """
				select count(*), coalesce(sum(budget_usd), 0), coalesce(sum(committed_usd), 0),
				  coalesce(sum(disbursed_usd), 0) from matching""")
			.params(params)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4) })
			.single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<ActivityLine> lines = lines(actor,
				matching + "select * from matching order by identifier, id limit :limit offset :offset", params);
		return new ActivityTable(lines, (Long) totals[0], (BigDecimal) totals[1], (BigDecimal) totals[2],
				(BigDecimal) totals[3], page, size);
	}

	/**
	 * The filter as conditions on {@code activity a}: a {@code where} clause (empty for no filter)
	 * and its parameters. {@code mechanismMeasures} are the measures of the filter's mechanism.
	 */
	static Where where(ActivityFilter f, Set<Long> mechanismMeasures) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (f.country() != null) {
			where.add("exists (select 1 from activity_country c where c.activity_id = a.id and c.country_iso3 = :country)");
			params.put("country", f.country());
		}
		if (f.objective() != null) {
			where.add("exists (select 1 from activity_objective o where o.activity_id = a.id and o.gcm_objective = :objective)");
			params.put("objective", f.objective());
		}
		if (f.organization() != null || f.role() != null) {
			where.add("exists (select 1 from activity_participant p where p.activity_id = a.id"
					+ (f.organization() != null ? " and p.organization_id = :organization" : "")
					+ (f.role() != null ? " and p.role = :role" : "") + ")");
			if (f.organization() != null) {
				params.put("organization", f.organization());
			}
			if (f.role() != null) {
				params.put("role", f.role());
			}
		}
		if (f.status() != null) {
			where.add("a.status = :status");
			params.put("status", f.status());
		}
		if (f.year() != null) {
			where.add("""
					coalesce(extract(year from coalesce(a.actual_start, a.planned_start)), :year) <= :year
					and coalesce(extract(year from coalesce(a.actual_end, a.planned_end)), :year) >= :year""");
			params.put("year", f.year());
		}
		if (f.mechanism() != null) {
			if (mechanismMeasures.isEmpty()) {
				where.add("false");
			}
			else {
				where.add("exists (select 1 from activity_measure m where m.activity_id = a.id and m.measure_id in (:measures))");
				params.put("measures", mechanismMeasures);
			}
		}
		return new Where(where.isEmpty() ? "" : " where " + String.join(" and ", where), params);
	}

	List<ActivityLine> implementing(Actor actor, long measureId) {
		return lines(actor, MONEY + " " + """
				 where exists (select 1 from activity_measure m where m.activity_id = a.id and m.measure_id = :measure)
				 order by a.identifier""", Map.of("measure", measureId));
	}

	SummaryTable summary() {
		Map<String, SummaryCell> cells = new LinkedHashMap<>();
		Set<String> countries = new TreeSet<>();
		Set<Integer> objectives = new TreeSet<>();
		jdbc.sql("with money as (" + MONEY + """
				) select c.country_iso3, o.gcm_objective, count(distinct m.id),
				  coalesce(sum(m.budget_usd * c.percentage / 100), 0)
				from money m join activity_country c on c.activity_id = m.id
				join activity_objective o on o.activity_id = m.id
				group by c.country_iso3, o.gcm_objective""").query((rs, i) -> {
			SummaryCell cell = new SummaryCell(rs.getString(1), rs.getInt(2), rs.getLong(3),
					rs.getBigDecimal(4).setScale(0, java.math.RoundingMode.HALF_UP));
			cells.put(cell.countryIso3() + "|" + cell.objective(), cell);
			countries.add(cell.countryIso3());
			objectives.add(cell.objective());
			return cell;
		}).list();
		return new SummaryTable(List.copyOf(countries), List.copyOf(objectives), cells);
	}

	private List<ActivityLine> lines(Actor actor, String sql, Map<String, ?> params) {
		record Row(long id, String identifier, LocalizedText title, int status, BigDecimal budget, BigDecimal committed,
				BigDecimal disbursed) {
		}
		List<Row> rows = jdbc.sql(sql)
			.params(params)
			.query((rs, i) -> new Row(rs.getLong("id"), rs.getString("identifier"),
					LocalizedText.of(rs.getString("title_es"), rs.getString("title_en"), rs.getString("title_fr")),
					rs.getInt("status"), rs.getBigDecimal("budget_usd"), rs.getBigDecimal("committed_usd"),
					rs.getBigDecimal("disbursed_usd")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<String>> countries = new HashMap<>();
		jdbc.sql("select activity_id, country_iso3 from activity_country where activity_id in (:ids) order by percentage desc, country_iso3")
			.param("ids", ids)
			.query((rs, i) -> countries.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		Map<Long, List<String>> organizations = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		jdbc.sql("select distinct activity_id, organization_id from activity_participant where activity_id in (:ids) order by 1, 2")
			.param("ids", ids)
			.query((rs, i) -> organizations.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(names.computeIfAbsent(rs.getLong(2), org -> name(actor, org))))
			.list();
		return rows.stream()
			.map(r -> new ActivityLine(r.id(), r.identifier(), r.title(), countries.getOrDefault(r.id(), List.of()),
					organizations.getOrDefault(r.id(), List.of()), r.status(), r.budget(), r.committed(),
					r.disbursed()))
			.toList();
	}

	/** An organisation's acronym, or its name; a merged-away one keeps its number so the row still reads. */
	private String name(Actor actor, long organizationId) {
		try {
			var o = directory.organization(actor, organizationId);
			return o.acronym() == null || o.acronym().isBlank() ? o.name() : o.acronym();
		}
		catch (NotFoundException e) {
			return "#" + organizationId;
		}
	}

	/** SQL conditions with their named parameters. */
	record Where(String sql, Map<String, Object> params) {
	}
}
