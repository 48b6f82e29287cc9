package org.enlace.commitments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.enlace.commitments.Facts.DocumentLink;

/** What the commitments facade returns: read-only views, never entities. */
public final class CommitmentViews {

	private CommitmentViews() {
	}

	/** An instrument in a list. */
	public record InstrumentRow(long id, String mechanismCode, InstrumentKind kind, Translated title,
			Integer adoptedYear, LocalDate adoptedOn, AccessLevel accessLevel) {
	}

	/** Everything an instrument's page shows. */
	public record InstrumentDetail(InstrumentRow row, String bodyCode, Translated text, String meeting, String notes,
			List<DocumentLink> documents, List<CommitmentView> commitments, int version) {
	}

	/** A commitment with its measures and the states it applies to. */
	public record CommitmentView(long id, String number, Translated text, List<MeasureRow> measures,
			Applicability applicability) {
	}

	/** An agreed measure in a list, with its derived status. */
	public record MeasureRow(long id, String code, Translated title, String mechanismCode, long instrumentId,
			LocalDate targetDate, BigDecimal estimatedCostUsd, Set<Integer> gcmObjectives, MeasureStatus status) {
	}

	/** Everything a measure's page shows. */
	public record MeasureDetail(MeasureRow row, Translated description, String responsibleBody, Set<String> sdgTargets,
			Set<String> themes, Optional<MeasureProgress.Progress> progress, InstrumentRow instrument,
			long commitmentId, String commitmentNumber, Translated commitmentText, Applicability applicability) {
	}

	/**
	 * The states a commitment (and its measures) applies to: those derived from membership on the
	 * adoption date, with the secretariat's exceptions ({@code true} adds a country, {@code false}
	 * removes it).
	 */
	public record Applicability(Set<String> derived, Map<String, Boolean> overrides, Set<String> countries) {

		public boolean isAdded(String iso3) {
			return Boolean.TRUE.equals(overrides.get(iso3));
		}

		public boolean isRemoved(String iso3) {
			return Boolean.FALSE.equals(overrides.get(iso3));
		}
	}

	/** A commitment that applies to a country, with the instrument it belongs to. */
	public record ApplyingCommitment(InstrumentRow instrument, long commitmentId, String number, Translated text,
			List<MeasureRow> measures) {
	}

	/** A filter of the measures list; any criterion may be null. Pages count from 0. */
	public record MeasureQuery(String mechanism, String country, Integer gcm, MeasureStatus status, int page,
			int size) {

		public static final int MAX_SIZE = 100;

		/** No filter: every measure, first page. */
		public static final MeasureQuery NONE = new MeasureQuery(null, null, null, null, 0, MAX_SIZE);
	}
}
