package org.enlace.directory;

import java.util.List;

import org.enlace.directory.DirectoryViews.EntryLink;
import org.enlace.shared.Folding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Organisations that may be the one being saved: in the same country (or both regional), a name
 * whose folded form is trigram-similar, or the same acronym. Generic names ("Ministerio de
 * Relaciones Exteriores") recur in every country, so other countries are not compared.
 */
@Component
class LikelyDuplicates {

	/** pg_trgm similarity from which two folded names count as probably the same. */
	static final double SIMILAR = 0.6;

	private final JdbcClient jdbc;

	LikelyDuplicates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<EntryLink> of(OrganizationDetails details, Long exceptId) {
		String acronym = details.acronym() == null ? "" : details.acronym().strip().toUpperCase(java.util.Locale.ROOT);
		return jdbc.sql("""
				select id, name, acronym from (
				  select o.id, o.name, o.acronym,
				    similarity(regexp_replace(lower(unaccent(o.name)), '[^[:alnum:]]+', ' ', 'g'), :name) as score
				  from organization o
				  where o.merged_into_id is null and o.id <> :except and coalesce(o.country_iso3, '') = :country) c
				where score >= :similar or (:acronym <> '' and upper(acronym) = :acronym)
				order by score desc, name limit 5""")
			.param("name", Folding.fold(details.name()))
			.param("except", exceptId == null ? -1L : exceptId)
			.param("country", details.countryIso3() == null ? "" : details.countryIso3())
			.param("similar", SIMILAR)
			.param("acronym", acronym)
			.query((rs, i) -> new EntryLink(rs.getLong("id"), rs.getString("name"), rs.getString("acronym")))
			.list();
	}
}
