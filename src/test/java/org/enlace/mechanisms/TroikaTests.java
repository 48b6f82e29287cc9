package org.enlace.mechanisms;

import java.time.LocalDate;
import java.util.List;

import org.enlace.mechanisms.MechanismViews.PresidencyView;
import org.enlace.mechanisms.MechanismViews.Troika;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TroikaTests {

	static PresidencyView presidency(String country, int year) {
		return new PresidencyView(country, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year);
	}

	@Test
	void previousCurrentAndNextAroundTheDay() {
		var sorted = List.of(presidency("MEX", 2021), presidency("PAN", 2023), presidency("GTM", 2024),
				presidency("HND", 2025), presidency("CRI", 2026));
		Troika troika = Troika.on(LocalDate.of(2024, 6, 1), sorted);
		assertThat(troika.previous().countryIso3()).isEqualTo("PAN");
		assertThat(troika.current().countryIso3()).isEqualTo("GTM");
		assertThat(troika.next().countryIso3()).isEqualTo("HND");
	}

	@Test
	void aGapLeavesNoCurrentPresidency() {
		Troika troika = Troika.on(LocalDate.of(2022, 6, 1), List.of(presidency("MEX", 2021), presidency("PAN", 2023)));
		assertThat(troika.previous().countryIso3()).isEqualTo("MEX");
		assertThat(troika.current()).isNull();
		assertThat(troika.next().countryIso3()).isEqualTo("PAN");
	}
}
