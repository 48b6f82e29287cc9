package org.enlace.activities;

import java.util.List;

/**
 * What an import of an activities sheet did, or would do on a dry run. Problems carry message keys
 * of the activities bundle, so a stored report can be shown in whatever language its reader uses.
 * It is {@link #valid()} only when no row has a problem; then every row was (or would be) saved.
 *
 * @param lines the rows that create or update an activity, in sheet order
 * @param errors problems that keep the file from being imported; row null concerns the whole file
 * @param notices things worth knowing that do not stop the import, such as ignored columns
 */
public record ImportReport(boolean valid, int created, int updated, List<Line> lines, List<Problem> errors,
		List<Problem> notices) {

	public ImportReport {
		lines = List.copyOf(lines);
		errors = List.copyOf(errors);
		notices = List.copyOf(notices);
	}

	/** A report about the whole file, which kept any row from being read. */
	static ImportReport refused(Problem problem) {
		return new ImportReport(false, 0, 0, List.of(), List.of(problem), List.of());
	}

	/**
	 * A spreadsheet row (as numbered by a spreadsheet program: the header is row 1) and what it does;
	 * the activity's id once saved (null on a dry run).
	 */
	public record Line(int row, String identifier, boolean update, Long activityId) {
	}

	/**
	 * One problem: the spreadsheet row and the column name (either may be null when it concerns the
	 * whole row or file), a message key and its arguments.
	 */
	public record Problem(Integer row, String column, String messageKey, List<String> args) {

		public Problem {
			args = args == null ? List.of() : List.copyOf(args);
		}

		static Problem of(Integer row, ActivitySheetColumn column, String key, Object... args) {
			return new Problem(row, column == null ? null : column.header(), key,
					java.util.Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toList());
		}

		public Object[] arguments() {
			return args.toArray();
		}
	}
}
