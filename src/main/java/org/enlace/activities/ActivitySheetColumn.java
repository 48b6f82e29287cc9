package org.enlace.activities;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the activities spreadsheet, shared by the import template and the CSV/XLSX
 * exports so that an export can be edited and imported again. Row 1 carries {@link #header()},
 * row 2 the HXL hashtag {@link #hxl()}. Names are fixed and their order is free; lists are
 * separated by {@code ;} (countries as ISO3, organisations by acronym or name, GCM objectives by
 * number, measures by code). Exports may add read-only columns after these; the import ignores them.
 */
public enum ActivitySheetColumn {

	IDENTIFIER("#activity+code"),
	TITLE("#activity+name"),
	DESCRIPTION("#activity+description"),
	LANGUAGE("#meta+lang"),
	STATUS("#status+code"),
	PLANNED_START("#date+start+planned"),
	PLANNED_END("#date+end+planned"),
	ACTUAL_START("#date+start+actual"),
	ACTUAL_END("#date+end+actual"),
	COUNTRIES("#country+code+list"),
	IMPLEMENTING_ORGS("#org+impl+list"),
	FUNDING_ORGS("#org+funder+list"),
	BUDGET("#value+budget"),
	CURRENCY("#currency+code"),
	GCM_OBJECTIVES("#sector+gcm+list"),
	SDG_TARGETS("#sector+sdg+list"),
	MEASURES("#activity+measure+list");

	/** The separator of list cells. */
	public static final String LIST_SEPARATOR = ";";

	private final String hxl;

	ActivitySheetColumn(String hxl) {
		this.hxl = hxl;
	}

	/** The fixed column name of row 1, e.g. {@code planned_start}. */
	public String header() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The HXL hashtag with attributes of row 2. */
	public String hxl() {
		return hxl;
	}

	/** The column a header cell names, ignoring case and surrounding blanks. */
	public static Optional<ActivitySheetColumn> ofHeader(String header) {
		if (header == null) {
			return Optional.empty();
		}
		String wanted = header.strip().toLowerCase(Locale.ROOT);
		for (ActivitySheetColumn c : values()) {
			if (c.header().equals(wanted)) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}
}
