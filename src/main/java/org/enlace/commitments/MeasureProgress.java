package org.enlace.commitments;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

	/**
	 * The progress of many measures at once, for lists and boards; measures no activity implements
	 * are absent. Implementations answer with one query rather than one per measure.
	 */
	default Map<Long, Progress> of(Collection<Long> measureIds) {
		Map<Long, Progress> found = new HashMap<>();
		measureIds.forEach(id -> of(id).ifPresent(p -> found.put(id, p)));
		return found;
	}

	/** Per measure, how many activities implement it and the money they committed and disbursed (USD). */
	default Map<Long, Funding> funding(Collection<Long> measureIds) {
		Map<Long, Funding> found = new HashMap<>();
		for (long id : measureIds) {
			List<Implementation> work = implementations(id);
			if (!work.isEmpty()) {
				found.put(id, new Funding(work.size(),
						work.stream().map(Implementation::committedUsd).reduce(BigDecimal.ZERO, BigDecimal::add),
						work.stream().map(Implementation::disbursedUsd).reduce(BigDecimal.ZERO, BigDecimal::add)));
			}
		}
		return found;
	}

	/** The activities implementing a measure, with the money committed and disbursed (USD). */
	default List<Implementation> implementations(long measureId) {
		return List.of();
	}

	/** One activity implementing a measure, as the measure's page lists it. */
	record Implementation(long activityId, String identifier, LocalizedText title, List<String> countries,
			List<String> organizations, BigDecimal committedUsd, BigDecimal disbursedUsd) {
	}

	/** The money of the activities implementing a measure, in US dollars. */
	record Funding(int activities, BigDecimal committedUsd, BigDecimal disbursedUsd) {
	}

	/**
	 * The activities implementing a measure: how many, how complete (0–100, approved figures only),
	 * and whether any has started.
	 */
	record Progress(int activities, int percentComplete, boolean anyStarted) {
	}
}
