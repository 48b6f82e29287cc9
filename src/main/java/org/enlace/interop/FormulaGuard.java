package org.enlace.interop;

/**
 * Keeps spreadsheet programs from running what someone typed into the directory: a cell that
 * starts with {@code = + - @}, a tab or a carriage return would be read as a formula (CSV
 * injection), so it gets a leading apostrophe and is shown as text.
 */
final class FormulaGuard {

	private FormulaGuard() {
	}

	static String neutralise(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
			default -> value;
		};
	}
}
