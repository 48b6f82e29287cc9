package org.enlace.directory;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enlace.platform.EnlaceProperties;
import org.enlace.shared.Folding;
import org.enlace.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds organisations, contacts and positions in one query. Each word of the query must be similar
 * to a word of the entry ({@code <%}, pg_trgm word similarity, served by the trigram indexes); the
 * more similar, the higher the entry ranks.
 */
@Component
class DirectorySearch {

	private static final int MAX_WORDS = 8;

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
		List<String> words = Arrays.stream(Folding.fold(query.text()).split(" "))
			.filter(w -> !w.isBlank())
			.limit(MAX_WORDS)
			.toList();
		for (int i = 0; i < words.size(); i++) {
			params.put("w" + i, words.get(i));
		}
		params.put("staleBefore", Date.valueOf(LocalDate.now(clock).minus(properties.staleAfter())));
		List<String> parts = new ArrayList<>();
		String type = query.entryType();
		if (type == null || type.isBlank() || type.equals("ORGANIZATION")) {
			parts.add(organizations(query, words, params));
		}
		if (type == null || type.isBlank() || type.equals("CONTACT")) {
			parts.add(contacts(query, words, params));
		}
		if ((type == null || type.isBlank() || type.equals("POSITION")) && query.organizationKind() == null) {
			parts.add(positions(query, words, params));
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

	private String organizations(DirectoryQuery q, List<String> words, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder("""
				select 'ORGANIZATION' as entry_type, o.id, o.name as label, o.acronym as detail, o.country_iso3,
				  o.last_verified < :staleBefore as stale, false as demo, %s as score
				from organization o where o.merged_into_id is null""".formatted(score("o", words)));
		matchWords(sql, "o", words);
		if (has(q.countryIso3())) {
			sql.append(" and o.country_iso3 = :country");
			params.put("country", q.countryIso3());
		}
		if (has(q.mechanismCode())) {
			sql.append(" and exists (select 1 from organization_mechanism om where om.organization_id = o.id"
					+ " and om.mechanism_code = :mechanism)");
			params.put("mechanism", q.mechanismCode());
		}
		if (has(q.bodyCode())) {
			sql.append(" and exists (select 1 from position bp where bp.organization_id = o.id"
					+ " and bp.body_code = :body)");
			params.put("body", q.bodyCode());
		}
		if (q.organizationKind() != null) {
			sql.append(" and o.kind = :kind");
			params.put("kind", q.organizationKind().name());
		}
		if (q.theme() != null) {
			sql.append(" and exists (select 1 from organization_theme ot where ot.organization_id = o.id"
					+ " and ot.gcm_objective = :theme)");
			params.put("theme", q.theme());
		}
		return sql.toString();
	}

	private String contacts(DirectoryQuery q, List<String> words, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder("""
				select 'CONTACT' as entry_type, c.id, c.given_name || ' ' || c.family_name as label,
				  coalesce(c.job_title, co.name) as detail, co.country_iso3,
				  c.last_verified < :staleBefore as stale, c.demo, %s as score
				from contact c left join organization co on co.id = c.organization_id where true"""
			.formatted(score("c", words)));
		matchWords(sql, "c", words);
		if (has(q.countryIso3())) {
			sql.append(" and co.country_iso3 = :country");
			params.put("country", q.countryIso3());
		}
		if (has(q.mechanismCode())) {
			sql.append(" and (exists (select 1 from organization_mechanism om where om.organization_id = co.id"
					+ " and om.mechanism_code = :mechanism) or exists (select 1 from position_term t"
					+ " join position mp on mp.id = t.position_id where t.contact_id = c.id and t.ends_on is null"
					+ " and mp.mechanism_code = :mechanism))");
			params.put("mechanism", q.mechanismCode());
		}
		if (has(q.bodyCode())) {
			sql.append(" and exists (select 1 from position_term t join position bp on bp.id = t.position_id"
					+ " where t.contact_id = c.id and t.ends_on is null and bp.body_code = :body)");
			params.put("body", q.bodyCode());
		}
		if (q.organizationKind() != null) {
			sql.append(" and co.kind = :kind");
			params.put("kind", q.organizationKind().name());
		}
		if (q.theme() != null) {
			sql.append(" and exists (select 1 from contact_theme ct where ct.contact_id = c.id"
					+ " and ct.gcm_objective = :theme)");
			params.put("theme", q.theme());
		}
		return sql.toString();
	}

	private String positions(DirectoryQuery q, List<String> words, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder("""
				select 'POSITION' as entry_type, p.id, p.title as label, p.mechanism_code as detail, p.country_iso3,
				  p.last_verified < :staleBefore as stale, false as demo, %s as score
				from position p where true""".formatted(score("p", words)));
		matchWords(sql, "p", words);
		if (has(q.countryIso3())) {
			sql.append(" and p.country_iso3 = :country");
			params.put("country", q.countryIso3());
		}
		if (has(q.mechanismCode())) {
			sql.append(" and p.mechanism_code = :mechanism");
			params.put("mechanism", q.mechanismCode());
		}
		if (has(q.bodyCode())) {
			sql.append(" and p.body_code = :body");
			params.put("body", q.bodyCode());
		}
		if (q.theme() != null) {
			sql.append(" and exists (select 1 from organization_theme ot where ot.organization_id = p.organization_id"
					+ " and ot.gcm_objective = :theme)");
			params.put("theme", q.theme());
		}
		return sql.toString();
	}

	private static void matchWords(StringBuilder sql, String alias, List<String> words) {
		for (int i = 0; i < words.size(); i++) {
			sql.append(" and :w").append(i).append(" <% ").append(alias).append(".search_text");
		}
	}

	private static String score(String alias, List<String> words) {
		if (words.isEmpty()) {
			return "0.0";
		}
		List<String> terms = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			terms.add("word_similarity(:w" + i + ", " + alias + ".search_text)");
		}
		return String.join(" + ", terms);
	}

	private static boolean has(String value) {
		return value != null && !value.isBlank();
	}
}
