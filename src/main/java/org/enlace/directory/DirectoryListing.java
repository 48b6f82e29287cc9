package org.enlace.directory;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.enlace.platform.EnlaceProperties;
import org.enlace.shared.Actor;
import org.enlace.shared.NotFoundException;
import org.enlace.shared.PageOf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as lists, for the API and the exports: organisations, contacts (with their
 * organisation and country) and positions (with their current holder), filtered as the search page
 * filters ({@link DirectoryQuery}) and ranked as it ranks. A page is one query; the {@code forEach…}
 * methods stream every matching row in constant memory.
 * <p>
 * What a reader may not see is left out by the query itself: e-mail and phone are selected only
 * for signed-in readers ({@link EditingRights#maySeeContactDetails}), NULL for anyone else.
 */
@Service
public class DirectoryListing {

	/** Rows the database sends at a time while streaming. */
	static final int FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	private final EnlaceProperties properties;

	private final Clock clock = Clock.systemDefaultZone();

	DirectoryListing(JdbcClient jdbc, DataSource dataSource, EnlaceProperties properties) {
		this.jdbc = jdbc;
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		// PostgreSQL honours the fetch size only inside a transaction; the forEach methods run in one.
		cursor.setFetchSize(FETCH_SIZE);
		this.streaming = JdbcClient.create(cursor);
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	public PageOf<OrganizationRow> organizations(Actor actor, DirectoryQuery query) {
		return page(actor, ListingTable.ORGANIZATIONS, query, null, (rs, i) -> ListingTable.organization(rs));
	}

	/** Contacts, optionally only those of one organisation. */
	@Transactional(readOnly = true)
	public PageOf<ContactRow> contacts(Actor actor, DirectoryQuery query, Long organizationId) {
		return page(actor, ListingTable.CONTACTS, query, organizationId, (rs, i) -> ListingTable.contact(rs));
	}

	/** Positions, optionally only those of one organisation. */
	@Transactional(readOnly = true)
	public PageOf<PositionRow> positions(Actor actor, DirectoryQuery query, Long organizationId) {
		return page(actor, ListingTable.POSITIONS, query, organizationId, (rs, i) -> ListingTable.position(rs));
	}

	/** One active organisation; a merged or unknown one is not found. */
	@Transactional(readOnly = true)
	public OrganizationRow organization(Actor actor, long id) {
		return one(actor, ListingTable.ORGANIZATIONS, id, " and o.merged_into_id is null",
				(rs, i) -> ListingTable.organization(rs));
	}

	@Transactional(readOnly = true)
	public ContactRow contact(Actor actor, long id) {
		return one(actor, ListingTable.CONTACTS, id, "", (rs, i) -> ListingTable.contact(rs));
	}

	@Transactional(readOnly = true)
	public PositionRow position(Actor actor, long id) {
		return one(actor, ListingTable.POSITIONS, id, "", (rs, i) -> ListingTable.position(rs));
	}

	/** Everyone who held the position, newest first; empty for an unknown position. */
	@Transactional(readOnly = true)
	public List<Holder> holders(Actor actor, long positionId) {
		String details = EditingRights.maySeeContactDetails(actor) ? "c.email, c.phone"
				: "null as email, null as phone";
		return jdbc.sql("""
				select t.contact_id, c.given_name, c.family_name, t.starts_on, t.ends_on, c.demo, %s
				from position_term t join contact c on c.id = t.contact_id where t.position_id = :position
				order by t.ends_on desc nulls first, t.starts_on desc, t.id desc""".formatted(details))
			.param("position", positionId)
			.query((rs, i) -> ListingTable.holder(rs))
			.list();
	}

	/** Every matching organisation, in the order of the search page, without holding them in memory. */
	@Transactional(readOnly = true)
	public void forEachOrganization(Actor actor, DirectoryQuery query, Consumer<OrganizationRow> action) {
		stream(actor, ListingTable.ORGANIZATIONS, query, null, (rs, i) -> ListingTable.organization(rs), action);
	}

	@Transactional(readOnly = true)
	public void forEachContact(Actor actor, DirectoryQuery query, Consumer<ContactRow> action) {
		stream(actor, ListingTable.CONTACTS, query, null, (rs, i) -> ListingTable.contact(rs), action);
	}

	@Transactional(readOnly = true)
	public void forEachPosition(Actor actor, DirectoryQuery query, Consumer<PositionRow> action) {
		stream(actor, ListingTable.POSITIONS, query, null, (rs, i) -> ListingTable.position(rs), action);
	}

	private <T> PageOf<T> page(Actor actor, ListingTable table, DirectoryQuery query, Long organizationId,
			RowMapper<T> mapper) {
		Map<String, Object> params = params();
		ListingFilter filters = new ListingFilter(query, params);
		String filter = filter(table, filters, organizationId);
		String a = table.alias;
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		AtomicLong total = new AtomicLong(-1);
		// The page's ids (with the total) first, then the columns for those rows only.
		List<T> items = jdbc.sql("""
				with hits as (
				  select %1$s.id, %2$s as score, %3$s as sort_key, count(*) over () as total
				  from %4$s%5$s where true%6$s
				  order by score desc, sort_key, %1$s.id limit :limit offset :offset)
				select %7$s, hits.total as hits_total
				from hits join %4$s on %1$s.id = hits.id%8$s
				order by hits.score desc, hits.sort_key, %1$s.id"""
			.formatted(a, filters.score(a), table.sortKey, table.table, table.filterJoins,
					filter, table.columns(details(actor)), table.joins(details(actor))))
			.params(params)
			.query((rs, i) -> {
				total.set(rs.getLong("hits_total"));
				return mapper.mapRow(rs, i);
			})
			.list();
		if (total.get() < 0) {
			// Past the last page: no row carried the total.
			total.set(jdbc.sql("select count(*) from %s%s where true%s".formatted(table.table, table.filterJoins,
					filter)).params(params).query(Long.class).single());
		}
		return new PageOf<>(items, query.page(), query.size(), total.get());
	}

	private <T> void stream(Actor actor, ListingTable table, DirectoryQuery query, Long organizationId,
			RowMapper<T> mapper, Consumer<T> action) {
		Map<String, Object> params = params();
		ListingFilter filter = new ListingFilter(query, params);
		String a = table.alias;
		String ranking = filter.ranked() ? filter.score(a) + " desc, " : "";
		streaming.sql("select %s from %s%s where true%s order by %s%s, %s.id".formatted(
				table.columns(details(actor)), table.table, table.joins(details(actor)),
				filter(table, filter, organizationId), ranking, table.sortKey, a))
			.params(params)
			.query(rs -> {
				action.accept(mapper.mapRow(rs, rs.getRow()));
			});
	}

	private <T> T one(Actor actor, ListingTable table, long id, String condition, RowMapper<T> mapper) {
		Map<String, Object> params = params();
		params.put("id", id);
		return jdbc.sql("select %s from %s%s where %s.id = :id%s".formatted(table.columns(details(actor)),
				table.table, table.joins(details(actor)), table.alias, condition))
			.params(params)
			.query(mapper)
			.optional()
			.orElseThrow(() -> new NotFoundException(table.name().toLowerCase(java.util.Locale.ROOT)));
	}

	private static String filter(ListingTable table, ListingFilter filter, Long organizationId) {
		return switch (table) {
			case ORGANIZATIONS -> filter.organizations();
			case CONTACTS -> filter.contacts(organizationId);
			case POSITIONS -> filter.positions(organizationId);
		};
	}

	private Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		params.put("staleBefore", Date.valueOf(LocalDate.now(clock).minus(properties.staleAfter())));
		return params;
	}

	private static boolean details(Actor actor) {
		return EditingRights.maySeeContactDetails(actor);
	}

	/** An organisation as lists and exports show it. */
	public record OrganizationRow(long id, String acronym, String name, OrganizationKind kind, String countryIso3,
			Long parentId, String parentName, String website, List<Integer> themes, List<String> mechanisms,
			LocalDate lastVerified, boolean stale) {
	}

	/** A contact with its organisation; {@code email} and {@code phone} are null for the public. */
	public record ContactRow(long id, String honorific, String givenName, String familyName, String jobTitle,
			Long organizationId, String organizationName, String organizationAcronym, String countryIso3,
			String email, String phone, List<String> languages, List<Integer> themes, boolean demo,
			LocalDate lastVerified, boolean stale) {

		public String fullName() {
			return ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
		}
	}

	/** A position with its current holder (null when vacant). */
	public record PositionRow(long id, String title, Long organizationId, String organizationName,
			String organizationAcronym, String countryIso3, String mechanismCode, String bodyCode, boolean focalPoint, Holder currentHolder,
			LocalDate lastVerified, boolean stale) {
	}

	/**
	 * Someone who holds or held a position, from a date until a date (null while they hold it);
	 * {@code email} and {@code phone} are null for the public.
	 */
	public record Holder(long contactId, String name, LocalDate from, LocalDate until, boolean demo, String email,
			String phone) {
	}
}
