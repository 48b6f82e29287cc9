package org.enlace.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.enlace.commitments.MeasureProgress.Progress;
import org.junit.jupiter.api.Test;

/** A measure's status follows its activities' progress and its target date, never a typed value. */
class MeasureStatusTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	/** What the activities module would report, for measures 1 to 4. */
	final MeasureProgress progress = id -> Optional.ofNullable(Map.of(1L, new Progress(2, 100, true), 2L,
			new Progress(1, 40, true), 3L, new Progress(1, 0, false)).get(id));

	@Test
	void implementedWhenTheActivitiesAreComplete() {
		assertThat(status(1, TODAY.minusYears(1))).isEqualTo(MeasureStatus.IMPLEMENTED);
	}

	@Test
	void inProgressWhenAnActivityHasStarted() {
		assertThat(status(2, TODAY.plusMonths(3))).isEqualTo(MeasureStatus.IN_PROGRESS);
	}

	@Test
	void overdueWhenTheTargetDatePassedUnfinished() {
		assertThat(status(2, TODAY.minusDays(1))).isEqualTo(MeasureStatus.OVERDUE);
		assertThat(status(4, TODAY.minusDays(1))).isEqualTo(MeasureStatus.OVERDUE);
	}

	@Test
	void notStartedWithoutActivitiesOrBeforeAnyStarts() {
		assertThat(status(3, TODAY.plusDays(1))).isEqualTo(MeasureStatus.NOT_STARTED);
		assertThat(status(4, null)).isEqualTo(MeasureStatus.NOT_STARTED);
		assertThat(MeasureStatus.of(Optional.empty(), TODAY, TODAY)).isEqualTo(MeasureStatus.NOT_STARTED);
	}

	private MeasureStatus status(long measure, LocalDate target) {
		return MeasureStatus.of(progress.of(measure), target, TODAY);
	}
}
