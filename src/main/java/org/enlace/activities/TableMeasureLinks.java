package org.enlace.activities;

import java.util.Optional;
import java.util.Set;

import org.enlace.activities.ActivityViews.MeasureRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds measures by code in a {@code measure} table when one exists, and knows nothing of their
 * mechanisms yet: until the commitments module is wired in, no measure belongs to a mechanism, so
 * only administrators review progress reports.
 */
@Component
class TableMeasureLinks implements MeasureLinks {

	private final JdbcClient jdbc;

	TableMeasureLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<MeasureRef> byCode(String code) {
		boolean present = jdbc.sql("select to_regclass('measure') is not null").query(Boolean.class).single();
		if (!present || code == null) {
			return Optional.empty();
		}
		return jdbc.sql("select id, code from measure where code = ?")
			.param(code.strip())
			.query((rs, i) -> new MeasureRef(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	@Override
	public Set<Long> measuresOf(String mechanismCode) {
		return Set.of();
	}

	@Override
	public Set<String> mechanismsOf(Set<Long> measureIds) {
		return Set.of();
	}
}
