package org.enlace.interop;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.enlace.activities.ActivityRecord;
import org.enlace.activities.ActivityRecord.Participant;
import org.enlace.activities.ActivitySheetColumn;
import org.enlace.activities.ActivityViews.CountryShare;

/**
 * A column of the activities CSV and XLSX: the {@link ActivitySheetColumn}s in their order, written
 * as the import reads them, then read-only extras the import ignores. Values are strings, numbers
 * or dates; null is an empty cell.
 */
record ActivityColumn(String header, String hxl, Function<ActivityRecord, Object> value) {

	private static final String SEPARATOR = ActivitySheetColumn.LIST_SEPARATOR;

	/** Every column, in order; {@code baseUrl} makes the {@code url} column's links absolute. */
	static List<ActivityColumn> all(URI baseUrl) {
		List<ActivityColumn> columns = new ArrayList<>();
		for (ActivitySheetColumn c : ActivitySheetColumn.values()) {
			columns.add(new ActivityColumn(c.header(), c.hxl(), a -> value(c, a)));
		}
		columns.add(new ActivityColumn("budget_usd", "#value+budget+usd", ActivityRecord::budgetUsd));
		columns.add(new ActivityColumn("committed_usd", "#value+committed+usd", ActivityRecord::committedUsd));
		columns.add(new ActivityColumn("disbursed_usd", "#value+disbursed+usd", ActivityRecord::disbursedUsd));
		columns.add(new ActivityColumn("approved_percent", "#indicator+progress+pct", ActivityRecord::approvedPercent));
		String base = baseUrl.toString().replaceAll("/+$", "");
		columns.add(new ActivityColumn("url", "#meta+url", a -> base + "/activities/" + a.id()));
		return List.copyOf(columns);
	}

	private static Object value(ActivitySheetColumn column, ActivityRecord a) {
		return switch (column) {
			case IDENTIFIER -> a.identifier();
			case TITLE -> a.title().in(a.originalLanguage());
			case DESCRIPTION -> a.description().in(a.originalLanguage());
			case LANGUAGE -> a.originalLanguage();
			case STATUS -> a.status();
			case PLANNED_START -> a.plannedStart();
			case PLANNED_END -> a.plannedEnd();
			case ACTUAL_START -> a.actualStart();
			case ACTUAL_END -> a.actualEnd();
			case COUNTRIES -> countries(a.countries());
			case IMPLEMENTING_ORGS -> list(a.inRole(4).stream().map(Participant::label).distinct().toList());
			case FUNDING_ORGS -> list(a.inRole(1).stream().map(Participant::label).distinct().toList());
			case BUDGET -> a.budget();
			case CURRENCY -> a.currency();
			case GCM_OBJECTIVES -> list(a.gcmObjectives());
			case SDG_TARGETS -> list(a.sdgTargets());
			case MEASURES -> list(a.measureCodes());
		};
	}

	/** {@code GTM} alone; with several countries each with its share, {@code GTM:60;HND:40}. */
	static String countries(List<CountryShare> countries) {
		if (countries.size() == 1) {
			return countries.get(0).iso3();
		}
		return list(countries.stream()
			.map(c -> c.percentage() == null ? c.iso3() : c.iso3() + ":" + plain(c.percentage()))
			.toList());
	}

	static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	private static String list(List<?> values) {
		return values.isEmpty() ? null : values.stream().map(String::valueOf).collect(Collectors.joining(SEPARATOR));
	}
}
