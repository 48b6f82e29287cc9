package org.enlace.interop;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.enlace.directory.DirectoryListing.ContactRow;
import org.enlace.directory.DirectoryListing.Holder;
import org.enlace.directory.DirectoryListing.OrganizationRow;
import org.enlace.directory.DirectoryListing.PositionRow;
import org.enlace.reference.ReferenceData;

/**
 * The columns of a directory export: a translated header ({@code interop.column.<name>}), an HXL
 * hashtag that stays the same in every language, and what each kind of row puts in it (nothing when
 * the column does not apply). The CSV has every column, in this order; each XLSX sheet has its own
 * selection.
 */
enum DirectoryColumn {

	RECORD_TYPE("#meta+type", 14, (o, n) -> "organization", (c, n) -> "contact", (p, n) -> "position"),
	ID("#meta+id", 8, (o, n) -> o.id(), (c, n) -> c.id(), (p, n) -> p.id()),
	ORGANIZATION("#org+name", 45, (o, n) -> o.name(), (c, n) -> c.organizationName(), (p, n) -> p.organizationName()),
	ACRONYM("#org+acronym", 12, (o, n) -> o.acronym(), (c, n) -> c.organizationAcronym(),
			(p, n) -> p.organizationAcronym()),
	ORGANIZATION_TYPE("#org+type", 18, (o, n) -> o.kind().name(), null, null),
	PARENT("#org+parent+name", 35, (o, n) -> o.parentName(), null, null),
	WEBSITE("#org+url", 30, (o, n) -> o.website(), null, null),
	POSITION("#contact+position", 45, null, null, (p, n) -> p.title()),
	NAME("#contact+name", 28, null, (c, n) -> c.fullName(), (p, n) -> holder(p) == null ? null : holder(p).name()),
	JOB_TITLE("#contact+job_title", 35, null, (c, n) -> c.jobTitle(), null),
	EMAIL("#contact+email", 32, null, (c, n) -> c.email(), (p, n) -> holder(p) == null ? null : holder(p).email()),
	PHONE("#contact+phone", 18, null, (c, n) -> c.phone(), (p, n) -> holder(p) == null ? null : holder(p).phone()),
	LANGUAGES("#contact+languages", 10, null, (c, n) -> String.join(";", c.languages()), null),
	HOLDER_SINCE("#date+start", 12, null, null, (p, n) -> holder(p) == null ? null : holder(p).from()),
	MECHANISM("#org+mechanism", 14, (o, n) -> String.join(";", o.mechanisms()), null, (p, n) -> p.mechanismCode()),
	BODY("#org+body", 10, null, null, (p, n) -> p.bodyCode()),
	FOCAL_POINT("#meta+focal_point", 10, null, null, (p, n) -> p.focalPoint()),
	COUNTRY("#country+code", 9, (o, n) -> o.countryIso3(), (c, n) -> c.countryIso3(), (p, n) -> p.countryIso3()),
	COUNTRY_NAME("#country+name", 20, (o, n) -> n.country(o.countryIso3()), (c, n) -> n.country(c.countryIso3()),
			(p, n) -> n.country(p.countryIso3())),
	THEMES("#sector+gcm+code", 14, (o, n) -> numbers(o.themes()), (c, n) -> numbers(c.themes()), null),
	LAST_VERIFIED("#date+verified", 13, (o, n) -> o.lastVerified(), (c, n) -> c.lastVerified(),
			(p, n) -> p.lastVerified()),
	STALE("#meta+stale", 8, (o, n) -> o.stale(), (c, n) -> c.stale(), (p, n) -> p.stale()),
	DEMO("#meta+demo", 8, null, (c, n) -> c.demo(), (p, n) -> holder(p) != null && holder(p).demo());

	static final List<DirectoryColumn> ORGANIZATION_SHEET = List.of(ID, ORGANIZATION, ACRONYM, ORGANIZATION_TYPE, PARENT,
			COUNTRY, COUNTRY_NAME, WEBSITE, MECHANISM, THEMES, LAST_VERIFIED, STALE);

	static final List<DirectoryColumn> CONTACT_SHEET = List.of(ID, NAME, JOB_TITLE, ORGANIZATION, ACRONYM, COUNTRY,
			COUNTRY_NAME, EMAIL, PHONE, LANGUAGES, THEMES, LAST_VERIFIED, STALE, DEMO);

	static final List<DirectoryColumn> POSITION_SHEET = List.of(ID, POSITION, ORGANIZATION, ACRONYM, COUNTRY,
			COUNTRY_NAME, MECHANISM, BODY, FOCAL_POINT, NAME, HOLDER_SINCE, EMAIL, PHONE, LAST_VERIFIED, STALE, DEMO);

	final String hxl;

	/** Width in characters, for spreadsheets. */
	final int width;

	private final BiFunction<OrganizationRow, Names, Object> organization;

	private final BiFunction<ContactRow, Names, Object> contact;

	private final BiFunction<PositionRow, Names, Object> position;

	DirectoryColumn(String hxl, int width, BiFunction<OrganizationRow, Names, Object> organization,
			BiFunction<ContactRow, Names, Object> contact, BiFunction<PositionRow, Names, Object> position) {
		this.hxl = hxl;
		this.width = width;
		this.organization = organization;
		this.contact = contact;
		this.position = position;
	}

	/** The message key of the header. */
	String headerKey() {
		return "interop.column." + name().toLowerCase(Locale.ROOT);
	}

	/** The cell's value: a String, Number, Boolean, LocalDate, or null. */
	Object of(OrganizationRow row, Names names) {
		return organization == null ? null : organization.apply(row, names);
	}

	Object of(ContactRow row, Names names) {
		return contact == null ? null : contact.apply(row, names);
	}

	Object of(PositionRow row, Names names) {
		return position == null ? null : position.apply(row, names);
	}

	private static Holder holder(PositionRow p) {
		return p.currentHolder();
	}

	private static String numbers(List<Integer> numbers) {
		return numbers.stream().map(String::valueOf).collect(Collectors.joining(";"));
	}

	/** Names of reference data in the reader's language. */
	record Names(ReferenceData reference, Locale locale) {

		String country(String iso3) {
			return iso3 == null ? null : reference.countryName(iso3, locale);
		}
	}
}
