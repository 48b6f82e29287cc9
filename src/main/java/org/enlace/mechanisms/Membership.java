package org.enlace.mechanisms;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "mechanism_membership")
class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String countryIso3;

	@Enumerated(EnumType.STRING)
	private MembershipStatus status;

	private LocalDate since;

	private LocalDate until;

	protected Membership() {
	}

	Membership(String countryIso3, MembershipStatus status, LocalDate since, LocalDate until) {
		if (since != null && until != null && until.isBefore(since)) {
			throw new IllegalArgumentException("membership ends before it starts");
		}
		this.countryIso3 = countryIso3;
		this.status = status;
		this.since = since;
		this.until = until;
	}

	Long getId() {
		return id;
	}

	String getCountryIso3() {
		return countryIso3;
	}

	MembershipStatus getStatus() {
		return status;
	}

	LocalDate getSince() {
		return since;
	}

	LocalDate getUntil() {
		return until;
	}

	boolean isCurrentOn(LocalDate day) {
		return (since == null || !day.isBefore(since)) && (until == null || !day.isAfter(until));
	}
}
