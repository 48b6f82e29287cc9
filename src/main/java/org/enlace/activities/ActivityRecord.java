package org.enlace.activities;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.enlace.activities.ActivityDraft.Location;
import org.enlace.activities.ActivityDraft.OtherIdentifier;
import org.enlace.activities.ActivityViews.CountryShare;
import org.enlace.shared.LocalizedText;

/**
 * An activity with every fact an export carries, already filtered for the requester: measure codes
 * only of measures they may see, progress only from approved reports. Money keeps its currency;
 * {@code budgetUsd}, {@code committedUsd} and {@code disbursedUsd} are in US dollars as the
 * activities table shows them. {@code lastUpdated} is the last recorded change, null if none was.
 */
public record ActivityRecord(long id, String identifier, List<OtherIdentifier> otherIdentifiers, LocalizedText title,
		LocalizedText description, String originalLanguage, int status, LocalDate plannedStart, LocalDate plannedEnd,
		LocalDate actualStart, LocalDate actualEnd, List<Participant> participants, List<CountryShare> countries,
		BigDecimal budget, String currency, BigDecimal budgetUsd, List<Integer> gcmObjectives, List<String> sdgTargets,
		List<Location> locations, List<String> measureCodes, List<Transaction> transactions,
		BigDecimal committedUsd, BigDecimal disbursedUsd, Integer approvedPercent, Instant lastUpdated) {

	/** The participants in an IATI role (1 funding, 2 accountable, 3 extending, 4 implementing). */
	public List<Participant> inRole(int role) {
		return participants.stream().filter(p -> p.role() == role).toList();
	}

	/**
	 * A participating organisation. {@code kind} is the directory's organisation type name
	 * ({@code GOVERNMENT}, …), null for an organisation the directory no longer holds.
	 */
	public record Participant(long organizationId, String acronym, String name, String kind, int role) {

		/** The acronym, or the name when there is none: how the spreadsheet names organisations. */
		public String label() {
			return acronym == null || acronym.isBlank() ? name : acronym;
		}
	}

	/** A party to a transaction: a directory organisation, a name typed in, or both. */
	public record Party(Long organizationId, String acronym, String name) {
	}

	/** A funding transaction (IATI type 2 commitment, 3 disbursement, 4 expenditure). */
	public record Transaction(int type, LocalDate date, BigDecimal value, String currency, BigDecimal valueUsd,
			Party provider, Party receiver) {
	}
}
