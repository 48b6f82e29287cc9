package org.enlace.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.enlace.activities.ActivityDraft.Participant;
import org.enlace.activities.ActivityDraft.RecipientCountry;
import org.enlace.activities.ActivitySheetReader.SheetRow;
import org.enlace.activities.ActivityStore.Stored;
import org.enlace.activities.ActivityViews.MeasureRef;
import org.enlace.activities.ImportReport.Problem;
import org.enlace.directory.Directory;
import org.enlace.shared.LocalizedText;
import org.springframework.stereotype.Component;

import static org.enlace.activities.ActivitySheetColumn.*;

/**
 * Turns a sheet row into the draft the edit form would send. On a re-import the row revises the
 * stored activity: what the sheet does not carry (other identifiers, locations, accountable and
 * extending organisations, texts in other languages, columns left out of the file) is kept.
 */
@Component
class ActivitySheetRows {

	static final int FUNDING = 1;

	private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

	private final Directory directory;

	ActivitySheetRows(Directory directory) {
		this.directory = directory;
	}

	/** The draft of a row; cells that cannot be read add a problem and count as empty. */
	ActivityDraft draft(SheetRow row, Set<ActivitySheetColumn> present, Stored existing, List<Problem> problems) {
		ActivityChecks.Checked old = existing == null ? null : existing.facts();
		Cells cells = new Cells(row, present, problems);
		String language = cells.has(LANGUAGE) ? row.get(LANGUAGE) : old == null ? null : old.originalLanguage();
		LocalizedText title = in(old == null ? null : old.title(), language, row.get(TITLE), cells.has(TITLE));
		LocalizedText description = in(old == null ? null : old.description(), language, row.get(DESCRIPTION),
				cells.has(DESCRIPTION));
		Integer status = cells.read(STATUS, old == null ? null : old.status(), v -> {
			try {
				return Integer.valueOf(v);
			}
			catch (NumberFormatException e) {
				throw new Unread("activities.validation.status");
			}
		});
		return new ActivityDraft(row.get(IDENTIFIER), old == null ? null : old.otherIdentifiers(), title, description,
				language, status, cells.date(PLANNED_START, old == null ? null : old.plannedStart()),
				cells.date(PLANNED_END, old == null ? null : old.plannedEnd()),
				cells.date(ACTUAL_START, old == null ? null : old.actualStart()),
				cells.date(ACTUAL_END, old == null ? null : old.actualEnd()), participants(cells, old),
				cells.read(COUNTRIES, old == null ? null : countriesOf(old), this::countries),
				cells.read(BUDGET, old == null ? null : old.budget(), ActivitySheetRows::amount),
				cells.read(CURRENCY, old == null ? null : old.currency(), v -> v),
				cells.read(GCM_OBJECTIVES, old == null ? null : old.gcmObjectives(), ActivitySheetRows::objectives),
				cells.read(SDG_TARGETS, old == null ? null : old.sdgTargets(), ActivitySheetRows::list),
				old == null ? null : old.locations(),
				cells.read(MEASURES, old == null ? null : old.measures().stream().map(MeasureRef::code).toList(),
						ActivitySheetRows::list));
	}

	/** The column a refusal of {@link ActivityChecks} concerns, by the form field it names. */
	static ActivitySheetColumn columnOf(ActivityRefused.Problem problem, SheetRow row) {
		return switch (problem.field()) {
			case "identifier", "otherIdentifiers" -> IDENTIFIER;
			case "titleEs", "titleEn", "titleFr" -> TITLE;
			case "originalLanguage" -> LANGUAGE;
			case "status" -> STATUS;
			case "plannedEnd" -> PLANNED_END;
			case "actualEnd" -> ACTUAL_END;
			case "countries" -> COUNTRIES;
			case "budget" -> BUDGET;
			case "currency" -> CURRENCY;
			case "gcmObjectives" -> GCM_OBJECTIVES;
			case "sdgTargets" -> SDG_TARGETS;
			case "measures" -> MEASURES;
			case "participants" -> namesFunder(problem, row) ? FUNDING_ORGS : IMPLEMENTING_ORGS;
			default -> null;
		};
	}

	private static boolean namesFunder(ActivityRefused.Problem problem, SheetRow row) {
		List<String> funders = list(row.get(FUNDING_ORGS));
		List<String> implementers = list(row.get(IMPLEMENTING_ORGS));
		return problem.args().stream().map(String::valueOf).anyMatch(a -> funders.contains(a) && !implementers.contains(a));
	}

	private static LocalizedText in(LocalizedText old, String language, String text, boolean given) {
		LocalizedText base = old == null ? LocalizedText.of(null, null, null) : old;
		if (!given) {
			return base;
		}
		String lang = language == null ? "" : language.strip().toLowerCase(java.util.Locale.ROOT);
		return switch (lang) {
			case "en" -> LocalizedText.of(base.es(), text, base.fr());
			case "fr" -> LocalizedText.of(base.es(), base.en(), text);
			// With no valid language the language cell gets the problem; the title still counts as given.
			default -> LocalizedText.of(text, base.en(), base.fr());
		};
	}

	/** Implementing and funding organisations come from the sheet; other roles stay as they were. */
	private List<Participant> participants(Cells cells, ActivityChecks.Checked old) {
		List<Participant> all = new ArrayList<>();
		for (int role = 1; role <= ActivityRights.IMPLEMENTING; role++) {
			ActivitySheetColumn column = role == FUNDING ? FUNDING_ORGS : role == ActivityRights.IMPLEMENTING
					? IMPLEMENTING_ORGS : null;
			if (column != null && cells.has(column)) {
				for (String name : list(cells.row.get(column))) {
					all.add(new Participant(organization(name), role));
				}
			}
			else if (old != null) {
				int kept = role;
				old.participants()
					.stream()
					.filter(p -> p.role() == kept)
					.forEach(p -> all.add(new Participant(String.valueOf(p.organizationId()), kept)));
			}
		}
		return all;
	}

	/** By acronym, else by name; an unknown one is passed on as written, for the checks to name it. */
	private String organization(String name) {
		return directory.organizationIdByAcronym(name)
			.or(() -> directory.organizationIdByName(name))
			.map(String::valueOf)
			.orElse(name);
	}

	private List<RecipientCountry> countries(String cell) {
		List<RecipientCountry> countries = new ArrayList<>();
		for (String item : list(cell)) {
			int colon = item.indexOf(':');
			if (colon < 0) {
				countries.add(new RecipientCountry(item, null));
			}
			else {
				countries.add(new RecipientCountry(item.substring(0, colon).strip(),
						decimal(item.substring(colon + 1).strip())));
			}
		}
		return countries;
	}

	private static List<RecipientCountry> countriesOf(ActivityChecks.Checked old) {
		return old.countries().stream().map(c -> new RecipientCountry(c.iso3(), c.percentage())).toList();
	}

	private static BigDecimal decimal(String value) {
		if (!DECIMAL.matcher(value).matches()) {
			throw new Unread("activities.import.number", value);
		}
		return new BigDecimal(value);
	}

	/** An amount as the activity stores it: at most 16 digits before the point and 2 after. */
	private static BigDecimal amount(String value) {
		BigDecimal amount = decimal(value);
		if (amount.scale() > 2 || amount.precision() - amount.scale() > 16) {
			throw new Unread("activities.import.amount", value);
		}
		return amount;
	}

	private static List<Integer> objectives(String cell) {
		List<Integer> numbers = new ArrayList<>();
		for (String item : list(cell)) {
			try {
				numbers.add(Integer.valueOf(item));
			}
			catch (NumberFormatException e) {
				throw new Unread("activities.validation.objective");
			}
		}
		return numbers;
	}

	static List<String> list(String cell) {
		if (cell == null) {
			return List.of();
		}
		return Arrays.stream(cell.split(ActivitySheetColumn.LIST_SEPARATOR))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
	}

	/** The cells of one row, reading each known column or keeping the old value when it is not in the file. */
	private static final class Cells {

		private final SheetRow row;

		private final Set<ActivitySheetColumn> present;

		private final List<Problem> problems;

		Cells(SheetRow row, Set<ActivitySheetColumn> present, List<Problem> problems) {
			this.row = row;
			this.present = present;
			this.problems = problems;
		}

		boolean has(ActivitySheetColumn column) {
			return present.contains(column);
		}

		<T> T read(ActivitySheetColumn column, T old, Function<String, T> parse) {
			if (!has(column)) {
				return old;
			}
			String value = row.get(column);
			if (value == null) {
				return null;
			}
			try {
				return parse.apply(value);
			}
			catch (Unread e) {
				problems.add(Problem.of(row.number(), column, e.getMessage(), e.args));
				return null;
			}
		}

		LocalDate date(ActivitySheetColumn column, LocalDate old) {
			return read(column, old, v -> {
				try {
					return LocalDate.parse(v);
				}
				catch (DateTimeParseException e) {
					throw new Unread("activities.import.date", v);
				}
			});
		}
	}

	/** A cell that does not hold what its column takes. */
	private static final class Unread extends RuntimeException {

		private final Object[] args;

		Unread(String messageKey, Object... args) {
			super(messageKey, null, false, false);
			this.args = args;
		}
	}
}
