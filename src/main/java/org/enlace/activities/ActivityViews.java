package org.enlace.activities;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.enlace.activities.ActivityDraft.Location;
import org.enlace.activities.ActivityDraft.OtherIdentifier;
import org.enlace.shared.LocalizedText;

/** What the activities module returns: read-only views, already filtered for the actor. */
public final class ActivityViews {

	private ActivityViews() {
	}

	/** One row of "who does what where"; money in US dollars, from recorded transactions. */
	public record ActivityLine(long id, String identifier, LocalizedText title, List<String> countries,
			List<String> organizations, int status, BigDecimal budgetUsd, BigDecimal committedUsd,
			BigDecimal disbursedUsd) {
	}

	/** The filters of the activities table; null means "any". */
	public record ActivityFilter(String country, String mechanism, Integer objective, Long organization,
			Integer role, Integer status, Integer year) {

		public static ActivityFilter none() {
			return new ActivityFilter(null, null, null, null, null, null, null);
		}
	}

	/** One page of the rows that match, and totals over all that match; {@code page} counts from 0. */
	public record ActivityTable(List<ActivityLine> lines, long count, BigDecimal budgetUsd, BigDecimal committedUsd,
			BigDecimal disbursedUsd, int page, int size) {

		public int pages() {
			return size == 0 ? 0 : (int) ((count + size - 1) / size);
		}

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return page + 1 < pages();
		}
	}

	/** One cell of the country × GCM objective summary. */
	public record SummaryCell(String countryIso3, int objective, long activities, BigDecimal budgetUsd) {
	}

	/** The country × GCM objective summary: the countries and objectives with any activity, and the cells. */
	public record SummaryTable(List<String> countries, List<Integer> objectives, java.util.Map<String, SummaryCell> cells) {

		public SummaryCell cell(String countryIso3, int objective) {
			return cells.get(countryIso3 + "|" + objective);
		}
	}

	/** How far the activities implementing one agreed measure have come; only approved reports count. */
	public record ProgressOfMeasure(int activities, int percentComplete, boolean anyStarted, BigDecimal committedUsd,
			BigDecimal disbursedUsd) {
	}

	public record ParticipantView(long organizationId, String acronym, String name, int role) {

		public String label() {
			return acronym == null || acronym.isBlank() ? name : acronym + " — " + name;
		}
	}

	public record CountryShare(String iso3, BigDecimal percentage) {
	}

	public record MeasureRef(long id, String code) {
	}

	public record TransactionView(long id, int type, LocalDate date, String provider, String receiver,
			BigDecimal value, String currency, BigDecimal valueUsd) {
	}

	public record PeriodView(LocalDate start, LocalDate end, BigDecimal target, BigDecimal actual) {
	}

	public record IndicatorView(long id, String title, String unit, BigDecimal baseline, Integer baselineYear,
			List<PeriodView> periods) {
	}

	public record ReportView(long id, long activityId, String activityIdentifier, LocalizedText activityTitle,
			LocalDate periodStart, LocalDate periodEnd, String narrative, int percentComplete, String status,
			String author, Instant submittedAt, String reviewer, Instant reviewedAt, String reviewComment) {
	}

	/** An activity with everything it holds, as its page shows it. */
	public record ActivityDetail(long id, String identifier, List<OtherIdentifier> otherIdentifiers,
			LocalizedText title, LocalizedText description, String originalLanguage, int status,
			LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
			List<ParticipantView> participants, List<CountryShare> countries, BigDecimal budget, String currency,
			BigDecimal budgetUsd, List<Integer> gcmObjectives, List<String> sdgTargets, List<Location> locations,
			List<MeasureRef> measures, boolean demo, int version, List<TransactionView> transactions,
			BigDecimal committedUsd, BigDecimal disbursedUsd, BigDecimal expenditureUsd,
			List<IndicatorView> indicators, List<ReportView> reports, Integer percentComplete, boolean editable,
			boolean mayReport) {
	}

	/** What an edit form starts from: the activity as a draft and the version it was read at. */
	public record EditableActivity(long id, ActivityDraft draft, int version) {
	}

	/** An exchange rate: US dollars for one unit of the currency, from a date on. */
	public record RateView(long id, String currency, LocalDate validFrom, BigDecimal usd) {
	}
}
