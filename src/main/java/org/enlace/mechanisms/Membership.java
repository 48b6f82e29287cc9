package org.enlace.mechanisms;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.enlace.mechanisms.Keeping.MembershipFacts;

/**
 * A country's standing in a mechanism for a period. A change of standing (observer to member) or a
 * departure ends this period by setting {@code until}; a new standing is a new membership.
 */
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

	@Version
	private int version;

	protected Membership() {
	}

	Membership(String countryIso3, MembershipStatus status, LocalDate since, LocalDate until) {
		this(new MembershipFacts(countryIso3, status, since, until));
	}

	Membership(MembershipFacts facts) {
		revise(facts);
	}

	void revise(MembershipFacts facts) {
		new Period(facts.since(), facts.until()); // refuses a period that ends before it starts
		this.countryIso3 = facts.countryIso3();
		this.status = facts.status();
		this.since = facts.since();
		this.until = facts.until();
	}

	MembershipFacts facts() {
		return new MembershipFacts(countryIso3, status, since, until);
	}

	Period period() {
		return new Period(since, until);
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

	int getVersion() {
		return version;
	}

	boolean isCurrentOn(LocalDate day) {
		return period().contains(day);
	}
}
