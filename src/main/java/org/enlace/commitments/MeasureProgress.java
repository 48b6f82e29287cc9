package org.enlace.commitments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.enlace.shared.LocalizedText;

/**
 * How far the work on an agreed measure has come, as the module that tracks activities knows it.
 * Commitments derives each measure's {@link MeasureStatus} from it; with no bean implementing it
 * every measure counts as not started (or overdue).
 */
public interface MeasureProgress {

	/** The progress of one measure; empty when no activity implements it. */
	Optional<Progress> of(long measureId);

	/** The activities implementing a measure, with the money committed and disbursed (USD). */
	default List<Implementation> implementations(long measureId) {
		return List.of();
	}

	/** One activity implementing a measure, as the measure's page lists it. */
	record Implementation(long activityId, String identifier, LocalizedText title, List<String> countries,
			List<String> organizations, BigDecimal committedUsd, BigDecimal disbursedUsd) {
	}

	/**
	 * The activities implementing a measure: how many, how complete (0–100, approved figures only),
	 * and whether any has started.
	 */
	record Progress(int activities, int percentComplete, boolean anyStarted) {
	}
}
