package org.enlace.mechanisms.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.enlace.mechanisms.Keeping.Editable;
import org.enlace.mechanisms.Keeping.MembershipFacts;
import org.enlace.mechanisms.MembershipStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a membership, new or edited; {@code version} is empty for a new one. */
record MembershipForm(
		@NotBlank(message = "{mechanisms.validation.country}") @Size(max = 3,
				message = "{mechanisms.validation.country}") String countryIso3,
		@NotNull(message = "{mechanisms.validation.required}") MembershipStatus status,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, Integer version) {

	static MembershipForm empty() {
		return new MembershipForm(null, MembershipStatus.MEMBER, null, null, null);
	}

	static MembershipForm of(Editable<MembershipFacts> editable) {
		MembershipFacts f = editable.facts();
		return new MembershipForm(f.countryIso3(), f.status(), f.since(), f.until(), editable.version());
	}

	MembershipFacts facts() {
		return new MembershipFacts(countryIso3, status, since, until);
	}

	MembershipForm withVersion(int current) {
		return new MembershipForm(countryIso3, status, since, until, current);
	}
}
