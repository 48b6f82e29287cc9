package org.enlace.activities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enlace.activities.ActivityRefused.Problem;
import org.enlace.activities.ActivityStore.Stored;
import org.enlace.activities.ActivityViews.ReportView;
import org.enlace.audit.AuditTrail;
import org.enlace.shared.Actor;
import org.enlace.shared.LocalizedText;
import org.enlace.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval ladder of progress reports: submitted by an implementing partner or a recipient
 * country's focal point, then approved or returned with a comment by a reviewer. Only approved
 * reports count in any figure.
 */
@Service
public class ReportingProgress {

	static final String SUBMITTED = "SUBMITTED";

	static final String APPROVED = "APPROVED";

	static final String RETURNED = "RETURNED";

	static final String SELECT = """
			select r.*, a.identifier, a.title_es, a.title_en, a.title_fr from progress_report r
			join activity a on a.id = r.activity_id""";

	private final ActivityStore store;

	private final MeasureLinks measures;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock = Clock.systemUTC();

	ReportingProgress(ActivityStore store, MeasureLinks measures, JdbcClient jdbc, AuditTrail audit) {
		this.store = store;
		this.measures = measures;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Checks that the actor may report on this activity, for the heading of the form. */
	@Transactional(readOnly = true)
	public void requireReporter(Actor actor, long activityId) {
		reported(actor, activityId);
	}

	/** Submits a report for review; returns its id. */
	@Transactional
	public long submit(Actor actor, long activityId, ReportDraft r) {
		reported(actor, activityId);
		List<Problem> problems = new ArrayList<>();
		if (r.periodStart() == null) {
			problems.add(ActivityChecks.problem("periodStart", "activities.validation.required"));
		}
		if (r.periodEnd() == null) {
			problems.add(ActivityChecks.problem("periodEnd", "activities.validation.required"));
		}
		else if (r.periodStart() != null && r.periodEnd().isBefore(r.periodStart())) {
			problems.add(ActivityChecks.problem("periodEnd", "activities.validation.datesOutOfOrder"));
		}
		if (r.narrative() == null || r.narrative().isBlank()) {
			problems.add(ActivityChecks.problem("narrative", "activities.validation.required"));
		}
		else if (r.narrative().length() > 8000) {
			problems.add(ActivityChecks.problem("narrative", "activities.validation.tooLong"));
		}
		if (r.percentComplete() == null || r.percentComplete() < 0 || r.percentComplete() > 100) {
			problems.add(ActivityChecks.problem("percentComplete", "activities.validation.percentComplete"));
		}
		if (!problems.isEmpty()) {
			throw new ActivityRefused(problems);
		}
		long id = jdbc.sql("""
				insert into progress_report (activity_id, period_start, period_end, narrative, percent_complete, status,
				  author, submitted_at) values (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?) returning id""")
			.params(activityId, r.periodStart(), r.periodEnd(), r.narrative().strip(), r.percentComplete(),
					actor.username(), Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		Map<String, String> after = new LinkedHashMap<>();
		after.put("period", r.periodStart() + " – " + r.periodEnd());
		after.put("percentComplete", String.valueOf(r.percentComplete()));
		after.put("status", SUBMITTED);
		audit.record(actor, RecordingActivities.ENTITY_TYPE, activityId, "CREATED", null,
				RecordingActivities.label("report." + id, after));
		return id;
	}

	/** The submitted reports this actor may review, oldest first. */
	@Transactional(readOnly = true)
	public List<ReportView> queue(Actor actor) {
		ActivityRights.require(ActivityRights.isReviewer(actor), "review queue");
		return jdbc.sql(SELECT + " where r.status = 'SUBMITTED' order by r.submitted_at, r.id")
			.query((rs, i) -> view(rs))
			.list()
			.stream()
			.filter(r -> ActivityRights.mayReview(actor, mechanismsOf(r.activityId())))
			.toList();
	}

	@Transactional
	public void approve(Actor actor, long reportId) {
		review(actor, reportId, APPROVED, null);
	}

	/** Sends a report back to its author; the comment says why and is required. */
	@Transactional
	public void sendBack(Actor actor, long reportId, String comment) {
		review(actor, reportId, RETURNED, comment);
	}

	private void review(Actor actor, long reportId, String decision, String comment) {
		ReportView report = jdbc.sql(SELECT + " where r.id = ?")
			.param(reportId)
			.query((rs, i) -> view(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("report " + reportId));
		ActivityRights.require(ActivityRights.mayReview(actor, mechanismsOf(report.activityId())),
				"reviewing report " + reportId);
		if (!SUBMITTED.equals(report.status())) {
			throw ActivityRefused.because("comment", "activities.validation.alreadyReviewed");
		}
		if (RETURNED.equals(decision) && (comment == null || comment.isBlank())) {
			throw ActivityRefused.because("comment", "activities.validation.commentRequired");
		}
		if (comment != null && comment.length() > 4000) {
			throw ActivityRefused.because("comment", "activities.validation.tooLong");
		}
		jdbc.sql("""
				update progress_report set status = ?, reviewer = ?, reviewed_at = ?, review_comment = ?
				where id = ? and status = 'SUBMITTED'""")
			.params(decision, actor.username(), Timestamp.from(clock.instant()),
					comment == null || comment.isBlank() ? null : comment.strip(), reportId)
			.update();
		Map<String, String> before = Map.of("report." + reportId + ".status", SUBMITTED);
		Map<String, String> after = new LinkedHashMap<>();
		after.put("report." + reportId + ".status", decision);
		if (comment != null && !comment.isBlank()) {
			after.put("report." + reportId + ".comment", comment.strip());
		}
		audit.record(actor, RecordingActivities.ENTITY_TYPE, report.activityId(), "UPDATED", before, after);
	}

	/** The reports of an activity the actor may read: everyone sees approved ones, its people all. */
	List<ReportView> reportsOf(Actor actor, Stored activity) {
		boolean insider = ActivityRights.mayEdit(actor, activity) || ActivityRights.mayReport(actor, activity)
				|| ActivityRights.mayReview(actor, mechanismsOf(activity.id()));
		return jdbc.sql(SELECT + " where r.activity_id = ? order by r.period_end desc, r.id desc")
			.param(activity.id())
			.query((rs, i) -> view(rs))
			.list()
			.stream()
			.filter(r -> insider || APPROVED.equals(r.status()))
			.toList();
	}

	Set<String> mechanismsOf(long activityId) {
		Set<Long> linked = jdbc.sql("select measure_id from activity_measure where activity_id = ?")
			.param(activityId)
			.query(Long.class)
			.set();
		return linked.isEmpty() ? Set.of() : measures.mechanismsOf(linked);
	}

	private Stored reported(Actor actor, long activityId) {
		Stored stored = store.find(activityId).orElseThrow(() -> new NotFoundException("activity " + activityId));
		ActivityRights.require(ActivityRights.mayReport(actor, stored), "reporting on " + activityId);
		return stored;
	}

	static ReportView view(ResultSet rs) throws SQLException {
		Timestamp reviewed = rs.getTimestamp("reviewed_at");
		return new ReportView(rs.getLong("id"), rs.getLong("activity_id"), rs.getString("identifier"),
				LocalizedText.of(rs.getString("title_es"), rs.getString("title_en"), rs.getString("title_fr")),
				rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
				rs.getString("narrative"), rs.getInt("percent_complete"), rs.getString("status"),
				rs.getString("author"), rs.getTimestamp("submitted_at").toInstant(), rs.getString("reviewer"),
				reviewed == null ? null : reviewed.toInstant(), rs.getString("review_comment"));
	}


	/** A progress report as sent: the period it covers, what happened, and how far the activity is. */
	public record ReportDraft(LocalDate periodStart, LocalDate periodEnd, String narrative, Integer percentComplete) {
	}
}
