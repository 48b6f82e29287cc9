package org.enlace.mechanisms;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A country holding a mechanism's presidency for a period. */
@Entity
@Table(name = "mechanism_presidency")
class Presidency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String countryIso3;

	private LocalDate startsOn;

	private LocalDate endsOn;

	@Version
	private int version;

	protected Presidency() {
	}

	Presidency(String countryIso3, LocalDate startsOn, LocalDate endsOn) {
		if (endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("presidency ends before it starts");
		}
		this.countryIso3 = countryIso3;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	Period period() {
		return new Period(startsOn, endsOn);
	}

	Long getId() {
		return id;
	}

	String getCountryIso3() {
		return countryIso3;
	}

	LocalDate getStartsOn() {
		return startsOn;
	}

	LocalDate getEndsOn() {
		return endsOn;
	}
}
