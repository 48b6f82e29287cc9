package org.enlace.commitments;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An agreed measure as other modules need it: to link to it and to weigh money against its cost.
 * {@code title} is in the language of the request, falling back to the original.
 */
public record MeasureSummary(long id, String code, String title, String mechanismCode, BigDecimal estimatedCostUsd,
		LocalDate targetDate) {
}
