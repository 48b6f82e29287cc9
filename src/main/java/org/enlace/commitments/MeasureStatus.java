package org.enlace.commitments;

import java.time.LocalDate;
import java.util.Optional;

/** How far an agreed measure has come; derived from its activities, never typed by hand. */
public enum MeasureStatus {
	NOT_STARTED, IN_PROGRESS, IMPLEMENTED, OVERDUE;

	/**
	 * The status of a measure with this progress (empty when nothing reports on it) and target date,
	 * on {@code today}. Implemented wins over a passed target date: late, but done.
	 */
	public static MeasureStatus of(Optional<MeasureProgress.Progress> progress, LocalDate targetDate,
			LocalDate today) {
		if (progress.isPresent() && progress.get().percentComplete() >= 100) {
			return IMPLEMENTED;
		}
		if (targetDate != null && targetDate.isBefore(today)) {
			return OVERDUE;
		}
		if (progress.isPresent() && progress.get().anyStarted()) {
			return IN_PROGRESS;
		}
		return NOT_STARTED;
	}
}
