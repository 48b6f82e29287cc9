package org.enlace.activities;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.enlace.activities.ActivityChecks.Checked;
import org.enlace.activities.ActivityChecks.ResolvedParticipant;
import org.enlace.activities.ActivityDraft.Location;
import org.enlace.activities.ActivityDraft.OtherIdentifier;
import org.enlace.activities.ActivityViews.CountryShare;
import org.enlace.activities.ActivityViews.MeasureRef;
import org.enlace.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes an activity with its lists. The lists are small and always edited together, so
 * a save replaces them whole; the activity row's version guards against lost updates.
 */
@Repository
class ActivityStore {

	private final JdbcClient jdbc;

	ActivityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean identifierTaken(String identifier, Long exceptId) {
		return jdbc.sql("select count(*) from activity where lower(identifier) = lower(?) and id <> ?")
			.params(identifier, exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	long insert(Checked a, boolean demo) {
		long id = jdbc.sql("""
				insert into activity (identifier, title_es, title_en, title_fr, description_es, description_en,
				  description_fr, original_language, status, planned_start, planned_end, actual_start, actual_end,
				  budget, currency, demo)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(a.identifier(), a.title().es(), a.title().en(), a.title().fr(), a.description().es(),
					a.description().en(), a.description().fr(), a.originalLanguage(), a.status(), a.plannedStart(),
					a.plannedEnd(), a.actualStart(), a.actualEnd(), a.budget(), a.currency(), demo)
			.query(Long.class)
			.single();
		insertLists(id, a);
		return id;
	}

	/** Saves the activity if it is still at {@code version}; false when someone saved in between. */
	boolean update(long id, Checked a, int version) {
		int rows = jdbc.sql("""
				update activity set identifier = ?, title_es = ?, title_en = ?, title_fr = ?, description_es = ?,
				  description_en = ?, description_fr = ?, original_language = ?, status = ?, planned_start = ?,
				  planned_end = ?, actual_start = ?, actual_end = ?, budget = ?, currency = ?, version = version + 1
				where id = ? and version = ?""")
			.params(a.identifier(), a.title().es(), a.title().en(), a.title().fr(), a.description().es(),
					a.description().en(), a.description().fr(), a.originalLanguage(), a.status(), a.plannedStart(),
					a.plannedEnd(), a.actualStart(), a.actualEnd(), a.budget(), a.currency(), id, version)
			.update();
		if (rows == 0) {
			return false;
		}
		for (String table : List.of("activity_other_identifier", "activity_participant", "activity_country",
				"activity_objective", "activity_sdg_target", "activity_location", "activity_measure")) {
			jdbc.sql("delete from " + table + " where activity_id = ?").param(id).update();
		}
		insertLists(id, a);
		return true;
	}

	private void insertLists(long id, Checked a) {
		int position = 0;
		for (OtherIdentifier o : a.otherIdentifiers()) {
			jdbc.sql("insert into activity_other_identifier (activity_id, position, type, value) values (?, ?, ?, ?)")
				.params(id, position++, o.type(), o.value())
				.update();
		}
		for (ResolvedParticipant p : a.participants()) {
			jdbc.sql("insert into activity_participant (activity_id, organization_id, role) values (?, ?, ?)")
				.params(id, p.organizationId(), p.role())
				.update();
		}
		for (CountryShare c : a.countries()) {
			jdbc.sql("insert into activity_country (activity_id, country_iso3, percentage) values (?, ?, ?)")
				.params(id, c.iso3(), c.percentage())
				.update();
		}
		for (Integer o : a.gcmObjectives()) {
			jdbc.sql("insert into activity_objective (activity_id, gcm_objective) values (?, ?)").params(id, o).update();
		}
		for (String t : a.sdgTargets()) {
			jdbc.sql("insert into activity_sdg_target (activity_id, sdg_target) values (?, ?)").params(id, t).update();
		}
		position = 0;
		for (Location l : a.locations()) {
			jdbc.sql("insert into activity_location (activity_id, position, name, latitude, longitude) values (?, ?, ?, ?, ?)")
				.params(id, position++, l.name(), l.latitude(), l.longitude())
				.update();
		}
		for (MeasureRef m : a.measures()) {
			jdbc.sql("insert into activity_measure (activity_id, measure_id, measure_code) values (?, ?, ?)")
				.params(id, m.id(), m.code())
				.update();
		}
	}

	Optional<Stored> find(long id) {
		return jdbc.sql("select * from activity where id = ?").param(id).query((rs, i) -> stored(rs)).optional();
	}

	Optional<Long> idOf(String identifier) {
		return jdbc.sql("select id from activity where identifier = ?").param(identifier).query(Long.class).optional();
	}

	private Stored stored(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		Checked facts = new Checked(rs.getString("identifier"),
				jdbc.sql("select type, value from activity_other_identifier where activity_id = ? order by position")
					.param(id)
					.query((r, i) -> new OtherIdentifier(r.getString(1), r.getString(2)))
					.list(),
				LocalizedText.of(rs.getString("title_es"), rs.getString("title_en"), rs.getString("title_fr")),
				LocalizedText.of(rs.getString("description_es"), rs.getString("description_en"),
						rs.getString("description_fr")),
				rs.getString("original_language"), rs.getInt("status"), date(rs, "planned_start"),
				date(rs, "planned_end"), date(rs, "actual_start"), date(rs, "actual_end"),
				jdbc.sql("select organization_id, role from activity_participant where activity_id = ? order by role, organization_id")
					.param(id)
					.query((r, i) -> new ResolvedParticipant(r.getLong(1), r.getInt(2)))
					.list(),
				jdbc.sql("select country_iso3, percentage from activity_country where activity_id = ? order by percentage desc, country_iso3")
					.param(id)
					.query((r, i) -> new CountryShare(r.getString(1), r.getBigDecimal(2)))
					.list(),
				rs.getBigDecimal("budget"), rs.getString("currency"),
				jdbc.sql("select gcm_objective from activity_objective where activity_id = ? order by 1")
					.param(id)
					.query(Integer.class)
					.list(),
				jdbc.sql("select sdg_target from activity_sdg_target where activity_id = ? order by 1")
					.param(id)
					.query(String.class)
					.list(),
				jdbc.sql("select name, latitude, longitude from activity_location where activity_id = ? order by position")
					.param(id)
					.query((r, i) -> new Location(r.getString(1), r.getBigDecimal(2), r.getBigDecimal(3)))
					.list(),
				jdbc.sql("select measure_id, measure_code from activity_measure where activity_id = ? order by measure_code")
					.param(id)
					.query((r, i) -> new MeasureRef(r.getLong(1), r.getString(2)))
					.list());
		return new Stored(id, rs.getInt("version"), rs.getBoolean("demo"), facts);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	/** A flat picture of the activity for the audit trail. */
	static Map<String, String> snapshot(Checked a) {
		Map<String, String> s = new LinkedHashMap<>();
		s.put("identifier", a.identifier());
		s.put("otherIdentifiers", a.otherIdentifiers().stream().map(o -> o.type() + " " + o.value())
			.collect(Collectors.joining("; ")));
		s.put("title.es", a.title().es());
		s.put("title.en", a.title().en());
		s.put("title.fr", a.title().fr());
		s.put("description.es", a.description().es());
		s.put("description.en", a.description().en());
		s.put("description.fr", a.description().fr());
		s.put("originalLanguage", a.originalLanguage());
		s.put("status", String.valueOf(a.status()));
		s.put("plannedStart", text(a.plannedStart()));
		s.put("plannedEnd", text(a.plannedEnd()));
		s.put("actualStart", text(a.actualStart()));
		s.put("actualEnd", text(a.actualEnd()));
		s.put("participants", a.participants().stream().map(p -> p.organizationId() + ":" + p.role())
			.collect(Collectors.joining("; ")));
		s.put("countries", a.countries().stream().map(c -> c.iso3() + " " + c.percentage().stripTrailingZeros().toPlainString())
			.collect(Collectors.joining("; ")));
		s.put("budget", a.budget() == null ? null : a.budget().toPlainString() + " " + a.currency());
		s.put("gcmObjectives", a.gcmObjectives().stream().map(String::valueOf).collect(Collectors.joining(", ")));
		s.put("sdgTargets", String.join(", ", a.sdgTargets()));
		s.put("locations", a.locations().stream().map(Location::name).collect(Collectors.joining("; ")));
		s.put("measures", a.measures().stream().map(MeasureRef::code).collect(Collectors.joining(", ")));
		return s;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	/** An activity as stored. */
	record Stored(long id, int version, boolean demo, Checked facts) {

		boolean hasParticipant(long organizationId, Integer role) {
			return facts.participants()
				.stream()
				.anyMatch(p -> p.organizationId() == organizationId && (role == null || p.role() == role));
		}

		BigDecimal budget() {
			return facts.budget();
		}
	}
}
