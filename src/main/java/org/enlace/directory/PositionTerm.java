package org.enlace.directory;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A contact holding a position for a period; an open term has no end. */
@Entity
class PositionTerm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long contactId;

	private LocalDate startsOn;

	private LocalDate endsOn;

	protected PositionTerm() {
	}

	PositionTerm(long contactId, LocalDate startsOn) {
		this.contactId = contactId;
		this.startsOn = startsOn;
	}

	void end(LocalDate on) {
		if (on.isBefore(startsOn)) {
			throw new IllegalArgumentException("a term cannot end before it starts");
		}
		this.endsOn = on;
	}

	boolean isOpen() {
		return endsOn == null;
	}

	Long getContactId() {
		return contactId;
	}

	LocalDate getStartsOn() {
		return startsOn;
	}

	LocalDate getEndsOn() {
		return endsOn;
	}
}
