package org.enlace.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks up ids of demo data, for example requests. */
public final class Fixtures {

	private final JdbcClient jdbc;

	public Fixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The single number a query returns, e.g. the id of a demo organisation. */
	public long id(String sql, Object... args) {
		return jdbc.sql(sql).params(args).query(Long.class).single();
	}

	public JdbcClient jdbc() {
		return jdbc;
	}
}
