package org.enlace.directory.web;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.enlace.directory.DirectoryQuery;
import org.enlace.directory.OrganizationKind;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page's parameters, named as the exports name them so the download links carry them
 * unchanged: {@code type} is the kind of entry, {@code kind} the organisation type; {@code page}
 * counts from 1. A value no form of ours would send is refused with {@link BadSearch} (400).
 */
record SearchParameters(String q, String country, String mechanism, String body, String type, String kind,
		Integer theme, Integer page) {

	static final int PAGE_SIZE = 20;

	private static final Set<String> ENTRY_TYPES = Set.of("ORGANIZATION", "CONTACT", "POSITION");

	private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,16}");

	DirectoryQuery query() {
		if (theme != null && (theme < 1 || theme > 23) || page != null && page < 1) {
			throw new BadSearch();
		}
		String entryType = code(type, CODE);
		if (entryType != null && !ENTRY_TYPES.contains(entryType)) {
			throw new BadSearch();
		}
		return new DirectoryQuery(q, code(country, COUNTRY), code(mechanism, CODE), code(body, CODE), entryType,
				organizationKind(), theme, page == null ? 0 : page - 1, PAGE_SIZE);
	}

	/** The filters as a query string (without the page), for the export and pager links. */
	String filters() {
		UriComponentsBuilder b = UriComponentsBuilder.newInstance();
		add(b, "q", q);
		add(b, "country", country);
		add(b, "mechanism", mechanism);
		add(b, "body", body);
		add(b, "type", type);
		add(b, "kind", kind);
		add(b, "theme", theme == null ? null : theme.toString());
		String query = b.encode().build().getQuery();
		return query == null ? "" : query;
	}

	private OrganizationKind organizationKind() {
		String upper = code(kind, CODE);
		try {
			return upper == null ? null : OrganizationKind.valueOf(upper);
		}
		catch (IllegalArgumentException e) {
			throw new BadSearch();
		}
	}

	private static void add(UriComponentsBuilder b, String name, String value) {
		if (value != null && !value.isBlank()) {
			b.queryParam(name, value.strip());
		}
	}

	private static String code(String value, Pattern pattern) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!pattern.matcher(value.strip()).matches()) {
			throw new BadSearch();
		}
		return value.strip().toUpperCase(Locale.ROOT);
	}

	/** A search parameter no search page would send. */
	static final class BadSearch extends RuntimeException {

		BadSearch() {
			super(null, null, false, false);
		}
	}
}
