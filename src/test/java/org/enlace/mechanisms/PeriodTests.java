package org.enlace.mechanisms;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodTests {

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void periodsSharingADayOverlap() {
		assertThat(new Period(d("2020-01-01"), d("2020-12-31")).overlaps(new Period(d("2020-12-31"), null))).isTrue();
	}

	@Test
	void consecutivePeriodsDoNotOverlap() {
		var first = new Period(d("2020-01-01"), d("2020-12-31"));
		var next = new Period(d("2021-01-01"), d("2021-12-31"));
		assertThat(first.overlaps(next)).isFalse();
		assertThat(next.overlaps(first)).isFalse();
	}

	@Test
	void anUnknownStartOrAnOngoingEndIsOpen() {
		assertThat(new Period(null, null).overlaps(new Period(d("1950-01-01"), d("1950-01-01")))).isTrue();
		assertThat(new Period(null, d("2000-01-01")).overlaps(new Period(d("2000-01-02"), null))).isFalse();
		assertThat(new Period(d("2010-01-01"), null).overlaps(new Period(null, d("2009-12-31")))).isFalse();
		assertThat(new Period(d("2010-01-01"), null).overlaps(new Period(null, d("2010-01-01")))).isTrue();
	}

	@Test
	void refusesAPeriodEndingBeforeItStarts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Period(d("2020-01-02"), d("2020-01-01")));
	}

	@Test
	void containsItsFirstAndLastDay() {
		var p = new Period(d("2020-01-01"), d("2020-01-31"));
		assertThat(p.contains(d("2020-01-01"))).isTrue();
		assertThat(p.contains(d("2020-01-31"))).isTrue();
		assertThat(p.contains(d("2020-02-01"))).isFalse();
	}
}
