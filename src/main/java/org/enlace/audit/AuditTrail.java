package org.enlace.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.enlace.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records changes and reads them back. A change is recorded in the transaction that makes it, so
 * the trail never claims a change that was rolled back.
 */
@Service
public class AuditTrail {

	private static final TypeReference<LinkedHashMap<String, String>> SNAPSHOT = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Records one change. {@code before} is null for a creation, {@code after} null for a deletion.
	 * Snapshots are flat maps of field name to display value.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, String entityType, Object entityId, String action, Map<String, String> before,
			Map<String, String> after) {
		if (before != null && after != null && before.equals(after)) {
			return;
		}
		jdbc.sql("""
				insert into audit_entry (entity_type, entity_id, action, actor, at, before, after)
				values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
			.params(entityType, String.valueOf(entityId), action, actor.username(),
					java.sql.Timestamp.from(clock.instant()), toJson(before), toJson(after))
			.update();
	}

	/** The history of one entity, newest first, each entry with the fields it changed. */
	@Transactional(readOnly = true)
	public List<AuditRecord> history(String entityType, Object entityId) {
		return jdbc.sql("""
				select action, actor, at, before::text, after::text from audit_entry
				where entity_type = ? and entity_id = ? order by at desc, id desc limit 200""")
			.params(entityType, String.valueOf(entityId))
			.query((rs, i) -> new AuditRecord(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					changes(fromJson(rs.getString(4)), fromJson(rs.getString(5)))))
			.list();
	}

	/** When each of these entities last changed (entities never recorded are absent). */
	@Transactional(readOnly = true)
	public Map<String, Instant> lastChanges(String entityType, Collection<?> entityIds) {
		Map<String, Instant> last = new HashMap<>();
		if (entityIds.isEmpty()) {
			return last;
		}
		jdbc.sql("select entity_id, max(at) from audit_entry where entity_type = :type and entity_id in (:ids) group by entity_id")
			.param("type", entityType)
			.param("ids", entityIds.stream().map(String::valueOf).toList())
			.query((rs, i) -> last.put(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.list();
		return last;
	}

	private static List<AuditRecord.Change> changes(Map<String, String> before, Map<String, String> after) {
		Set<String> fields = new LinkedHashSet<>();
		fields.addAll(before.keySet());
		fields.addAll(after.keySet());
		List<AuditRecord.Change> changes = new ArrayList<>();
		for (String field : fields) {
			String old = before.get(field);
			String now = after.get(field);
			if (!Objects.equals(old, now)) {
				changes.add(new AuditRecord.Change(field, old, now));
			}
		}
		return changes;
	}

	private String toJson(Map<String, String> snapshot) {
		return snapshot == null ? null : json.writeValueAsString(snapshot);
	}

	private Map<String, String> fromJson(String text) {
		return text == null ? Map.of() : json.readValue(text, SNAPSHOT);
	}

	/** One recorded change. */
	public record AuditRecord(String action, String actor, Instant at, List<Change> changes) {

		/** One field's value before and after. */
		public record Change(String field, String before, String after) {
		}
	}
}
