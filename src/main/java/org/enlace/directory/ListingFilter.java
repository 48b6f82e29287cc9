package org.enlace.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.enlace.shared.Folding;

/**
 * The search filters of a {@link DirectoryQuery} as SQL conditions: the one place they are written,
 * used by the search page ({@link DirectorySearch}), the lists, exports and the API. Each folded
 * word of the text must be similar to a word of the entry's search text ({@code <%}, served by the
 * trigram indexes), and the more similar, the higher the score. Contact details are never matched.
 */
final class ListingFilter {

	private static final int MAX_WORDS = 8;

	private final DirectoryQuery query;

	private final List<String> words;

	private final Map<String, Object> params;

	ListingFilter(DirectoryQuery query, Map<String, Object> params) {
		this.query = query;
		this.params = params;
		this.words = Arrays.stream(Folding.fold(query.text()).split(" "))
			.filter(w -> !w.isBlank())
			.limit(MAX_WORDS)
			.toList();
		for (int i = 0; i < words.size(); i++) {
			params.put("w" + i, words.get(i));
		}
	}

	/** Conditions on {@code o} (organization). */
	String organizations() {
		StringBuilder sql = new StringBuilder(" and o.merged_into_id is null");
		matchWords(sql, "o");
		if (has(query.countryIso3())) {
			sql.append(" and o.country_iso3 = :country");
			params.put("country", query.countryIso3());
		}
		if (has(query.mechanismCode())) {
			sql.append(" and exists (select 1 from organization_mechanism om where om.organization_id = o.id"
					+ " and om.mechanism_code = :mechanism)");
			params.put("mechanism", query.mechanismCode());
		}
		if (has(query.bodyCode())) {
			sql.append(" and exists (select 1 from position bp where bp.organization_id = o.id and bp.body_code = :body)");
			params.put("body", query.bodyCode());
		}
		if (query.organizationKind() != null) {
			sql.append(" and o.kind = :kind");
			params.put("kind", query.organizationKind().name());
		}
		if (query.theme() != null) {
			sql.append(" and exists (select 1 from organization_theme ot where ot.organization_id = o.id"
					+ " and ot.gcm_objective = :theme)");
			params.put("theme", query.theme());
		}
		return sql.toString();
	}

	/** Conditions on {@code c} (contact) and {@code co} (its organisation, left-joined). */
	String contacts(Long organizationId) {
		StringBuilder sql = new StringBuilder();
		matchWords(sql, "c");
		if (organizationId != null) {
			sql.append(" and c.organization_id = :organization");
			params.put("organization", organizationId);
		}
		if (has(query.countryIso3())) {
			sql.append(" and co.country_iso3 = :country");
			params.put("country", query.countryIso3());
		}
		if (has(query.mechanismCode())) {
			sql.append(" and (exists (select 1 from organization_mechanism om where om.organization_id = co.id"
					+ " and om.mechanism_code = :mechanism) or exists (select 1 from position_term mt"
					+ " join position mp on mp.id = mt.position_id where mt.contact_id = c.id and mt.ends_on is null"
					+ " and mp.mechanism_code = :mechanism))");
			params.put("mechanism", query.mechanismCode());
		}
		if (has(query.bodyCode())) {
			sql.append(" and exists (select 1 from position_term bt join position bp on bp.id = bt.position_id"
					+ " where bt.contact_id = c.id and bt.ends_on is null and bp.body_code = :body)");
			params.put("body", query.bodyCode());
		}
		if (query.organizationKind() != null) {
			sql.append(" and co.kind = :kind");
			params.put("kind", query.organizationKind().name());
		}
		if (query.theme() != null) {
			sql.append(" and exists (select 1 from contact_theme ct where ct.contact_id = c.id"
					+ " and ct.gcm_objective = :theme)");
			params.put("theme", query.theme());
		}
		return sql.toString();
	}

	/** Conditions on {@code p} (position) and {@code po} (its organisation, left-joined). */
	String positions(Long organizationId) {
		StringBuilder sql = new StringBuilder();
		matchWords(sql, "p");
		if (organizationId != null) {
			sql.append(" and p.organization_id = :organization");
			params.put("organization", organizationId);
		}
		if (has(query.countryIso3())) {
			sql.append(" and p.country_iso3 = :country");
			params.put("country", query.countryIso3());
		}
		if (has(query.mechanismCode())) {
			sql.append(" and p.mechanism_code = :mechanism");
			params.put("mechanism", query.mechanismCode());
		}
		if (has(query.bodyCode())) {
			sql.append(" and p.body_code = :body");
			params.put("body", query.bodyCode());
		}
		if (query.organizationKind() != null) {
			sql.append(" and po.kind = :kind");
			params.put("kind", query.organizationKind().name());
		}
		if (query.theme() != null) {
			sql.append(" and exists (select 1 from organization_theme ot where ot.organization_id = p.organization_id"
					+ " and ot.gcm_objective = :theme)");
			params.put("theme", query.theme());
		}
		return sql.toString();
	}

	/** Whether the query has words to rank by. */
	boolean ranked() {
		return !words.isEmpty();
	}

	/** How well the entry matches the words; 0 without words. */
	String score(String alias) {
		if (words.isEmpty()) {
			return "0.0";
		}
		List<String> terms = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			terms.add("word_similarity(:w" + i + ", " + alias + ".search_text)");
		}
		return String.join(" + ", terms);
	}

	private void matchWords(StringBuilder sql, String alias) {
		for (int i = 0; i < words.size(); i++) {
			sql.append(" and :w").append(i).append(" <% ").append(alias).append(".search_text");
		}
	}

	private static boolean has(String value) {
		return value != null && !value.isBlank();
	}
}
