package org.enlace.mechanisms;

import java.time.LocalDate;

/**
 * Days from {@code from} to {@code to}, both included; a missing end is open (not recorded, or
 * ongoing). Memberships and presidencies are such periods and must not overlap their own kind.
 */
record Period(LocalDate from, LocalDate to) {

	Period {
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("a period cannot end before it starts");
		}
	}

	boolean overlaps(Period other) {
		boolean startsBeforeOtherEnds = from == null || other.to == null || !from.isAfter(other.to);
		boolean otherStartsBeforeThisEnds = other.from == null || to == null || !other.from.isAfter(to);
		return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
	}

	boolean contains(LocalDate day) {
		return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
	}
}
