package org.enlace.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A digest of every row of every table of ours, to prove a refused request changed nothing. */
public final class DatabaseFingerprint {

	private DatabaseFingerprint() {
	}

	public static String of(JdbcClient jdbc) {
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE'
				  and table_name not in ('flyway_schema_history', 'event_publication', 'event_publication_archive')
				order by table_name""").query(String.class).list();
		StringBuilder sb = new StringBuilder();
		for (String table : tables) {
			// Using a token stamps its last use; that is bookkeeping, not a change of data.
			String rows = table.equals("api_token")
					? "(select id, account_id, name, token_hash, created_at, revoked_at from api_token)"
					: "\"" + table + "\"";
			sb.append(table)
				.append('=')
				.append(jdbc.sql("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + rows
						+ " t").query(String.class).single())
				.append(';');
		}
		return sb.toString();
	}
}
