package org.enlace.activities;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.enlace.activities.ActivitySheetReader.ActivitySheet;
import org.enlace.activities.ActivitySheetReader.SheetRow;
import org.enlace.activities.ActivitySheetReader.Unreadable;
import org.enlace.activities.ActivityStore.Stored;
import org.enlace.activities.ImportReport.Line;
import org.enlace.activities.ImportReport.Problem;
import org.enlace.shared.Actor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.enlace.activities.ActivitySheetColumn.IDENTIFIER;

/**
 * Importing activities from an XLSX or CSV sheet in the {@link ActivitySheetColumn} format, all or
 * nothing: every row is saved through {@link RecordingActivities} inside one transaction, which is
 * committed only when no row has a problem. A dry run is the same run, always rolled back, so its
 * report is exactly what the import would do. A row whose identifier exists revises that activity.
 */
@Service
public class ActivityImport {

	/** The largest file taken, in bytes (10 MB). */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** The most data rows a file may have. */
	public static final int MAX_ROWS = 5000;

	/** The columns without which no row can be read. */
	public static final Set<ActivitySheetColumn> REQUIRED = EnumSet.of(ActivitySheetColumn.IDENTIFIER,
			ActivitySheetColumn.TITLE, ActivitySheetColumn.LANGUAGE, ActivitySheetColumn.STATUS,
			ActivitySheetColumn.CURRENCY);

	private final RecordingActivities recording;

	private final ActivitySheetRows rows;

	private final ActivityStore store;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	ActivityImport(RecordingActivities recording, ActivitySheetRows rows, ActivityStore store, JdbcClient jdbc,
			PlatformTransactionManager transactions) {
		this.recording = recording;
		this.rows = rows;
		this.store = store;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Whether the actor may import at all: whoever may register activities. */
	public boolean mayImport(Actor actor) {
		return ActivityRights.mayCreate(actor);
	}

	/** Follows a long import: told the number of rows once, then how many are done. */
	public interface Progress {

		Progress NONE = (done, total) -> {
		};

		void rows(int done, int total);
	}

	/**
	 * Reads the file and saves its rows if every one is valid (never on a dry run).
	 *
	 * @throws org.enlace.shared.ForbiddenException if the actor may not register activities
	 */
	public ImportReport run(Actor actor, String fileName, byte[] bytes, boolean dryRun, Progress progress) {
		ActivityRights.require(mayImport(actor), "importing activities");
		if (bytes.length > MAX_BYTES) {
			return ImportReport.refused(Problem.of(null, null, "activities.import.tooBig", MAX_BYTES / (1024 * 1024)));
		}
		ActivitySheet sheet;
		try {
			sheet = ActivitySheetReader.read(fileName, bytes);
		}
		catch (Unreadable e) {
			return ImportReport.refused(e.problem());
		}
		List<Problem> notices = sheet.unknownColumns().isEmpty() ? List.of()
				: List.of(Problem.of(null, null, "activities.import.unknownColumns", String.join(", ", sheet.unknownColumns())));
		Optional<Problem> refusal = refusal(sheet);
		if (refusal.isPresent()) {
			return new ImportReport(false, 0, 0, List.of(), List.of(refusal.get()), notices);
		}
		ImportReport report = transaction.execute(status -> {
			ImportReport done = importRows(actor, sheet, dryRun, progress);
			if (dryRun || !done.valid()) {
				status.setRollbackOnly();
			}
			return done;
		});
		return new ImportReport(report.valid(), report.created(), report.updated(), report.lines(), report.errors(),
				notices);
	}

	private static Optional<Problem> refusal(ActivitySheet sheet) {
		Set<ActivitySheetColumn> missing = EnumSet.copyOf(REQUIRED);
		missing.removeAll(sheet.columns().keySet());
		if (sheet.columns().isEmpty() && sheet.rows().isEmpty() && sheet.unknownColumns().isEmpty()) {
			return Optional.of(Problem.of(null, null, "activities.import.empty"));
		}
		if (!missing.isEmpty()) {
			return Optional.of(Problem.of(1, null, "activities.import.missingColumns",
					missing.stream().map(ActivitySheetColumn::header).collect(Collectors.joining(", "))));
		}
		if (!sheet.repeatedColumns().isEmpty()) {
			return Optional.of(Problem.of(1, sheet.repeatedColumns().get(0), "activities.import.columnTwice",
					sheet.repeatedColumns().get(0).header()));
		}
		if (sheet.rows().isEmpty()) {
			return Optional.of(Problem.of(null, null, "activities.import.noRows"));
		}
		if (sheet.rows().size() > MAX_ROWS) {
			return Optional.of(Problem.of(null, null, "activities.import.tooManyRows", MAX_ROWS));
		}
		return Optional.empty();
	}

	private ImportReport importRows(Actor actor, ActivitySheet sheet, boolean dryRun, Progress progress) {
		List<Problem> errors = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		Map<String, Integer> firstRowOf = new HashMap<>();
		int created = 0;
		int updated = 0;
		int total = sheet.rows().size();
		progress.rows(0, total);
		for (int i = 0; i < total; i++) {
			SheetRow row = sheet.rows().get(i);
			List<Problem> problems = new ArrayList<>();
			for (ActivitySheetColumn formula : row.formulas()) {
				problems.add(Problem.of(row.number(), formula, "activities.import.formula"));
			}
			String identifier = row.get(IDENTIFIER);
			Integer first = identifier == null ? null
					: firstRowOf.putIfAbsent(identifier.toLowerCase(Locale.ROOT), row.number());
			if (first != null) {
				problems.add(Problem.of(row.number(), IDENTIFIER, "activities.import.duplicate", identifier, first));
			}
			Stored existing = identifier == null || first != null ? null : existing(identifier);
			if (existing != null && !ActivityRights.mayEdit(actor, existing)) {
				problems.add(Problem.of(row.number(), IDENTIFIER, "activities.import.notYours", identifier));
			}
			Long saved = existing == null ? null : existing.id();
			if (problems.isEmpty()) {
				ActivityDraft draft = rows.draft(row, sheet.columns().keySet(), existing, problems);
				try {
					if (existing == null) {
						saved = recording.create(actor, draft);
					}
					else {
						recording.revise(actor, existing.id(), draft, existing.version());
					}
				}
				catch (ActivityRefused refused) {
					refused.problems()
						.forEach(p -> problems.add(Problem.of(row.number(), ActivitySheetRows.columnOf(p, row),
								p.messageKey(), p.arguments())));
				}
				catch (DataAccessException broken) {
					// The transaction cannot go on after a failed statement; the rows after it stay unread.
					errors.add(Problem.of(row.number(), null, "activities.import.notSaved"));
					progress.rows(total, total);
					break;
				}
			}
			if (problems.isEmpty()) {
				lines.add(new Line(row.number(), identifier, existing != null, dryRun ? null : saved));
				if (existing == null) {
					created++;
				}
				else {
					updated++;
				}
			}
			errors.addAll(new LinkedHashSet<>(problems));
			progress.rows(i + 1, total);
		}
		// With a problem anywhere nothing is saved, whatever the other rows would have done.
		boolean valid = errors.isEmpty();
		return new ImportReport(valid, valid ? created : 0, valid ? updated : 0, lines, errors, List.of());
	}

	private Stored existing(String identifier) {
		return jdbc.sql("select id from activity where lower(identifier) = lower(?)")
			.param(identifier.strip())
			.query(Long.class)
			.optional()
			.flatMap(store::find)
			.orElse(null);
	}
}
