package org.enlace.activities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.enlace.activities.ActivityDraft.Location;
import org.enlace.activities.ActivityDraft.OtherIdentifier;
import org.enlace.activities.ActivityLines.Where;
import org.enlace.activities.ActivityRecord.Participant;
import org.enlace.activities.ActivityRecord.Party;
import org.enlace.activities.ActivityRecord.Transaction;
import org.enlace.activities.ActivityViews.ActivityFilter;
import org.enlace.activities.ActivityViews.CountryShare;
import org.enlace.audit.AuditTrail;
import org.enlace.directory.Directory;
import org.enlace.directory.DirectoryViews.OrganizationView;
import org.enlace.shared.Actor;
import org.enlace.shared.LocalizedText;
import org.enlace.shared.NotFoundException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every activity matching a filter with all its facts, for exports. Activities are read in batches
 * of ids, each list of a batch in one grouped query, so an export of thousands of activities holds
 * one batch in memory and asks the database a fixed number of questions per batch.
 */
@Service
public class ActivityRecords {

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final MeasureLinks measures;

	private final Directory directory;

	private final AuditTrail audit;

	ActivityRecords(JdbcClient jdbc, MeasureLinks measures, Directory directory, AuditTrail audit) {
		this.jdbc = jdbc;
		this.measures = measures;
		this.directory = directory;
		this.audit = audit;
	}

	/**
	 * Hands every activity matching the filter to {@code each}, by identifier, as the actor may see
	 * it. One snapshot of the database serves the whole run, so batches never disagree.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void forEach(Actor actor, ActivityFilter filter, Consumer<ActivityRecord> each) {
		Set<Long> mechanismMeasures = filter.mechanism() == null ? Set.of() : measures.measuresOf(filter.mechanism());
		Where where = ActivityLines.where(filter, mechanismMeasures);
		List<Long> ids = jdbc.sql("select a.id from activity a" + where.sql() + " order by a.identifier")
			.params(where.params())
			.query(Long.class)
			.list();
		Batch batch = new Batch(actor);
		for (int from = 0; from < ids.size(); from += BATCH) {
			batch.read(ids.subList(from, Math.min(ids.size(), from + BATCH))).forEach(each);
		}
	}

	/** Reads batches for one requester, remembering organisations and measure visibility between them. */
	private final class Batch {

		private final Actor actor;

		private final Map<Long, Optional<OrganizationView>> organizations = new HashMap<>();

		private final Map<Long, Boolean> visibleMeasures = new HashMap<>();

		Batch(Actor actor) {
			this.actor = actor;
		}

		List<ActivityRecord> read(List<Long> ids) {
			var others = grouped("select activity_id, type, value from activity_other_identifier where activity_id in (:ids) order by activity_id, position",
					ids, (rs, i) -> new OtherIdentifier(rs.getString(2), rs.getString(3)));
			var participants = grouped("select activity_id, organization_id, role from activity_participant where activity_id in (:ids) order by activity_id, role, organization_id",
					ids, (rs, i) -> participant(rs.getLong(2), rs.getInt(3)));
			var countries = grouped("select activity_id, country_iso3, percentage from activity_country where activity_id in (:ids) order by activity_id, percentage desc, country_iso3",
					ids, (rs, i) -> new CountryShare(rs.getString(2), rs.getBigDecimal(3)));
			var objectives = grouped("select activity_id, gcm_objective from activity_objective where activity_id in (:ids) order by 1, 2",
					ids, (rs, i) -> rs.getInt(2));
			var targets = grouped("select activity_id, sdg_target from activity_sdg_target where activity_id in (:ids) order by 1, 2",
					ids, (rs, i) -> rs.getString(2));
			var locations = grouped("select activity_id, name, latitude, longitude from activity_location where activity_id in (:ids) order by activity_id, position",
					ids, (rs, i) -> new Location(rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
			var measureCodes = grouped("select activity_id, measure_id, measure_code from activity_measure where activity_id in (:ids) order by activity_id, measure_code",
					ids, (rs, i) -> visible(rs.getLong(2)) ? rs.getString(3) : null);
			var transactions = grouped("""
					select activity_id, type, value_date, value, currency, value_usd, provider_id, provider_name,
					  receiver_id, receiver_name from activity_transaction where activity_id in (:ids)
					order by activity_id, value_date, id""",
					ids, (rs, i) -> new Transaction(rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getBigDecimal(4),
							rs.getString(5), rs.getBigDecimal(6), party((Long) rs.getObject(7), rs.getString(8)),
							party((Long) rs.getObject(9), rs.getString(10))));
			Map<Long, Integer> approved = new HashMap<>();
			jdbc.sql("""
					select distinct on (activity_id) activity_id, percent_complete from progress_report
					where activity_id in (:ids) and status = 'APPROVED'
					order by activity_id, period_end desc, reviewed_at desc""")
				.param("ids", ids)
				.query(rs -> {
					approved.put(rs.getLong(1), rs.getInt(2));
				});
			Map<String, Instant> updated = audit.lastChanges(RecordingActivities.ENTITY_TYPE, ids);
			Map<Long, ActivityRecord> read = new HashMap<>();
			jdbc.sql("with money as (" + ActivityLines.MONEY + " where a.id in (:ids)) " + """
					select a.*, money.budget_usd, money.committed_usd, money.disbursed_usd
					from activity a join money on money.id = a.id""")
				.param("ids", ids)
				.query(rs -> {
					long id = rs.getLong("id");
					read.put(id, new ActivityRecord(id, rs.getString("identifier"), others.getOrDefault(id, List.of()),
							text(rs, "title"), text(rs, "description"), rs.getString("original_language"),
							rs.getInt("status"), date(rs, "planned_start"), date(rs, "planned_end"),
							date(rs, "actual_start"), date(rs, "actual_end"), participants.getOrDefault(id, List.of()),
							countries.getOrDefault(id, List.of()), rs.getBigDecimal("budget"), rs.getString("currency"),
							rs.getBigDecimal("budget_usd"), objectives.getOrDefault(id, List.of()),
							targets.getOrDefault(id, List.of()), locations.getOrDefault(id, List.of()),
							measureCodes.getOrDefault(id, List.of()), transactions.getOrDefault(id, List.of()),
							rs.getBigDecimal("committed_usd"), rs.getBigDecimal("disbursed_usd"), approved.get(id),
							updated.get(String.valueOf(id))));
				});
			return ids.stream().map(read::get).toList();
		}

		/** Rows of a child table by activity, in the query's order; a null from {@code row} is left out. */
		private <T> Map<Long, List<T>> grouped(String sql, List<Long> ids, RowMapper<T> row) {
			Map<Long, List<T>> grouped = new HashMap<>();
			jdbc.sql(sql).param("ids", ids).query(rs -> {
				T value = row.mapRow(rs, 0);
				if (value != null) {
					grouped.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(value);
				}
			});
			return grouped;
		}

		private Participant participant(long organizationId, int role) {
			return organization(organizationId)
				.map(o -> new Participant(o.id(), o.acronym(), o.name(), o.kind() == null ? null : o.kind().name(), role))
				.orElseGet(() -> new Participant(organizationId, null, "#" + organizationId, null, role));
		}

		private Party party(Long organizationId, String name) {
			if (organizationId == null) {
				return name == null ? null : new Party(null, null, name);
			}
			Optional<OrganizationView> o = organization(organizationId);
			return new Party(organizationId, o.map(OrganizationView::acronym).orElse(null),
					name != null ? name : o.map(OrganizationView::name).orElse("#" + organizationId));
		}

		/** A merged-away or hidden organisation is empty; the export still names it by number. */
		private Optional<OrganizationView> organization(long id) {
			return organizations.computeIfAbsent(id, k -> {
				try {
					return Optional.of(directory.organization(actor, k));
				}
				catch (NotFoundException gone) {
					return Optional.empty();
				}
			});
		}

		private boolean visible(long measureId) {
			return visibleMeasures.computeIfAbsent(measureId, id -> measures.visibleTo(actor, id));
		}
	}

	private static LocalizedText text(ResultSet rs, String field) throws SQLException {
		return LocalizedText.of(rs.getString(field + "_es"), rs.getString(field + "_en"), rs.getString(field + "_fr"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}
}
