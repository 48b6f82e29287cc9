package org.enlace.directory;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enlace.platform.EnlaceProperties;
import org.enlace.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds organisations, contacts and positions in one query, filtered and ranked by the same
 * {@link ListingFilter} the lists and exports use: each word of the query must be similar to a word
 * of the entry ({@code <%}, pg_trgm word similarity, served by the trigram indexes); the more
 * similar, the higher the entry ranks.
 */
@Component
class DirectorySearch {

	private final JdbcClient jdbc;

	private final EnlaceProperties properties;

	private final Clock clock = Clock.systemDefaultZone();

	DirectorySearch(JdbcClient jdbc, EnlaceProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	PageOf<DirectoryHit> search(DirectoryQuery query) {
		Map<String, Object> params = new HashMap<>();
		ListingFilter filter = new ListingFilter(query, params);
		params.put("staleBefore", Date.valueOf(LocalDate.now(clock).minus(properties.staleAfter())));
		List<String> parts = new ArrayList<>();
		String type = query.entryType();
		if (type == null || type.isBlank() || type.equals("ORGANIZATION")) {
			parts.add("""
					select 'ORGANIZATION' as entry_type, o.id, o.name as label, o.acronym as detail, o.country_iso3,
					  o.last_verified < :staleBefore as stale, false as demo, %s as score
					from organization o where true%s""".formatted(filter.score("o"), filter.organizations()));
		}
		if (type == null || type.isBlank() || type.equals("CONTACT")) {
			parts.add("""
					select 'CONTACT' as entry_type, c.id, c.given_name || ' ' || c.family_name as label,
					  coalesce(c.job_title, co.name) as detail, co.country_iso3,
					  c.last_verified < :staleBefore as stale, c.demo, %s as score
					from contact c left join organization co on co.id = c.organization_id where true%s"""
				.formatted(filter.score("c"), filter.contacts(null)));
		}
		if (type == null || type.isBlank() || type.equals("POSITION")) {
			parts.add("""
					select 'POSITION' as entry_type, p.id, p.title as label, p.mechanism_code as detail, p.country_iso3,
					  p.last_verified < :staleBefore as stale, false as demo, %s as score
					from position p left join organization po on po.id = p.organization_id where true%s"""
				.formatted(filter.score("p"), filter.positions(null)));
		}
		if (parts.isEmpty()) {
			return new PageOf<>(List.of(), query.page(), query.size(), 0);
		}
		String union = String.join(" union all ", parts);
		long total = jdbc.sql("select count(*) from (" + union + ") hits").params(params).query(Long.class).single();
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		List<DirectoryHit> hits = jdbc
			.sql("select * from (" + union + ") hits order by score desc, lower(label), id limit :limit offset :offset")
			.params(params)
			.query((rs, i) -> new DirectoryHit(rs.getString("entry_type"), rs.getLong("id"), rs.getString("label"),
					rs.getString("detail"), rs.getString("country_iso3"), rs.getBoolean("stale"),
					rs.getBoolean("demo")))
			.list();
		return new PageOf<>(hits, query.page(), query.size(), total);
	}
}
