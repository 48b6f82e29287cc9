package org.enlace.directory;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.enlace.directory.DirectoryListing.ContactRow;
import org.enlace.directory.DirectoryListing.Holder;
import org.enlace.directory.DirectoryListing.OrganizationRow;
import org.enlace.directory.DirectoryListing.PositionRow;

/**
 * What the listing selects for each kind of entry, and how a row becomes a record. Contact details
 * (e-mail, phone) are selected only for readers who may see them; for anyone else the query
 * selects NULL, so no list, export or API answer built on it can carry them.
 */
enum ListingTable {

	ORGANIZATIONS("organization o", "o", "", " left join organization parent on parent.id = o.parent_id",
			"lower(o.name)") {

		@Override
		String columns(boolean details) {
			return """
					o.id, o.acronym, o.name, o.kind, o.country_iso3, o.parent_id, parent.name as parent_name, o.website,
					array(select x.gcm_objective from organization_theme x where x.organization_id = o.id order by 1) as themes,
					array(select x.mechanism_code from organization_mechanism x where x.organization_id = o.id order by 1)
					  as mechanisms,
					o.last_verified, o.last_verified < :staleBefore as stale""";
		}
	},

	CONTACTS("contact c", "c", " left join organization co on co.id = c.organization_id", "",
			"lower(c.given_name || ' ' || c.family_name)") {

		@Override
		String columns(boolean details) {
			return """
					c.id, c.honorific, c.given_name, c.family_name, c.job_title, c.organization_id,
					co.name as organization_name, co.acronym as organization_acronym, co.country_iso3, %s, c.languages,
					array(select x.gcm_objective from contact_theme x where x.contact_id = c.id order by 1) as themes,
					c.demo, c.last_verified, c.last_verified < :staleBefore as stale"""
				.formatted(details ? "c.email, c.phone" : "null as email, null as phone");
		}
	},

	POSITIONS("position p", "p", " left join organization po on po.id = p.organization_id",
			" left join lateral (select t.contact_id, t.starts_on, hc.given_name, hc.family_name, hc.demo, %s"
					+ " from position_term t join contact hc on hc.id = t.contact_id"
					+ " where t.position_id = p.id and t.ends_on is null order by t.starts_on desc, t.id desc limit 1)"
					+ " h on true",
			"lower(p.title)") {

		@Override
		String columns(boolean details) {
			return """
					p.id, p.title, p.organization_id, po.name as organization_name, po.acronym as organization_acronym,
					p.country_iso3, p.mechanism_code,
					p.body_code, p.focal_point, p.last_verified, p.last_verified < :staleBefore as stale,
					h.contact_id as holder_id, h.given_name as holder_given_name, h.family_name as holder_family_name,
					h.starts_on as holder_from, h.demo as holder_demo, h.email as holder_email, h.phone as holder_phone""";
		}

		@Override
		String joins(boolean details) {
			return super.joins(details).formatted(details ? "hc.email, hc.phone" : "null as email, null as phone");
		}
	};

	/** The table with its alias. */
	final String table;

	/** The alias of the table. */
	final String alias;

	/** Joins the search filters need. */
	final String filterJoins;

	private final String detailJoins;

	/** What rows are ordered by after the search score, as on the search page. */
	final String sortKey;

	ListingTable(String table, String alias, String filterJoins, String detailJoins, String sortKey) {
		this.table = table;
		this.alias = alias;
		this.filterJoins = filterJoins;
		this.detailJoins = detailJoins;
		this.sortKey = sortKey;
	}

	/** The selected columns; {@code details}: whether the reader may see contact details. */
	abstract String columns(boolean details);

	/** Every join the columns and the filters need. */
	String joins(boolean details) {
		return filterJoins + detailJoins;
	}

	static OrganizationRow organization(ResultSet rs) throws SQLException {
		return new OrganizationRow(rs.getLong("id"), rs.getString("acronym"), rs.getString("name"),
				OrganizationKind.valueOf(rs.getString("kind")), rs.getString("country_iso3"),
				nullableLong(rs, "parent_id"), rs.getString("parent_name"), rs.getString("website"),
				integers(rs.getArray("themes")), strings(rs.getArray("mechanisms")), date(rs, "last_verified"),
				rs.getBoolean("stale"));
	}

	static ContactRow contact(ResultSet rs) throws SQLException {
		String languages = rs.getString("languages");
		return new ContactRow(rs.getLong("id"), rs.getString("honorific"), rs.getString("given_name"),
				rs.getString("family_name"), rs.getString("job_title"), nullableLong(rs, "organization_id"),
				rs.getString("organization_name"), rs.getString("organization_acronym"), rs.getString("country_iso3"),
				rs.getString("email"), rs.getString("phone"),
				languages == null || languages.isBlank() ? List.of() : List.of(languages.split(",")),
				integers(rs.getArray("themes")), rs.getBoolean("demo"), date(rs, "last_verified"),
				rs.getBoolean("stale"));
	}

	static PositionRow position(ResultSet rs) throws SQLException {
		Long holderId = nullableLong(rs, "holder_id");
		Holder holder = holderId == null ? null
				: new Holder(holderId, name(rs.getString("holder_given_name"), rs.getString("holder_family_name")),
						date(rs, "holder_from"), null, rs.getBoolean("holder_demo"), rs.getString("holder_email"),
						rs.getString("holder_phone"));
		return new PositionRow(rs.getLong("id"), rs.getString("title"), nullableLong(rs, "organization_id"),
				rs.getString("organization_name"), rs.getString("organization_acronym"), rs.getString("country_iso3"),
				rs.getString("mechanism_code"),
				rs.getString("body_code"), rs.getBoolean("focal_point"), holder, date(rs, "last_verified"),
				rs.getBoolean("stale"));
	}

	static Holder holder(ResultSet rs) throws SQLException {
		return new Holder(rs.getLong("contact_id"), name(rs.getString("given_name"), rs.getString("family_name")),
				date(rs, "starts_on"), date(rs, "ends_on"), rs.getBoolean("demo"), rs.getString("email"),
				rs.getString("phone"));
	}

	private static String name(String given, String family) {
		return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static List<Integer> integers(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(v -> ((Number) v).intValue())
			.toList();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}
}
