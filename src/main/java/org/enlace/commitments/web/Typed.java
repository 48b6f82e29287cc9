package org.enlace.commitments.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates and amounts as typed in a form. They are bound as text, so a mistyped value becomes an
 * error next to its field (a failed conversion would leave no form to show again).
 */
final class Typed {

	/** Stands for a date that does not parse; compared by identity. */
	static final LocalDate INVALID_DATE = LocalDate.MIN;

	/** Stands for an amount that does not parse; compared by identity. */
	static final BigDecimal INVALID_AMOUNT = new BigDecimal("-0.000001");

	private Typed() {
	}

	/** The date (year-month-day), null when blank, {@link #INVALID_DATE} when malformed. */
	static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return INVALID_DATE;
		}
	}

	/** The amount with at most two decimals, null when blank, {@link #INVALID_AMOUNT} when malformed. */
	static BigDecimal amount(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String plain = text.strip().replace(",", "");
		if (!plain.matches("-?\\d{1,14}(\\.\\d{1,2})?")) {
			return INVALID_AMOUNT;
		}
		return new BigDecimal(plain);
	}
}
