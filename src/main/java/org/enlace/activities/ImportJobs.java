package org.enlace.activities;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.enlace.activities.ImportReport.Problem;
import org.enlace.shared.Actor;
import org.enlace.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploaded sheets as jobs run in the background, so that a long file shows its progress: the upload
 * is validated (a dry run of {@link ActivityImport}), its owner reads the preview and confirms, and
 * the import runs. Only the owner and administrators see a job; jobs are forgotten after a day.
 */
@Service
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	/** Progress is written every this many rows, not at every row of a long file. */
	private static final int PROGRESS_STEP = 20;

	private final ActivityImport importing;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TaskExecutor executor;

	private final TransactionTemplate separately;

	ImportJobs(ActivityImport importing, JdbcClient jdbc, JsonMapper json,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor,
			PlatformTransactionManager transactions) {
		this.importing = importing;
		this.jdbc = jdbc;
		this.json = json;
		this.executor = executor;
		this.separately = new TransactionTemplate(transactions);
		// Progress is written while the import's own transaction is still open, and must be seen at once.
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Where a job is. */
	public enum Status {

		VALIDATING, VALIDATED, IMPORTING, IMPORTED, FAILED;

		public boolean working() {
			return this == VALIDATING || this == IMPORTING;
		}
	}

	/** A job as its page shows it; the report is null while the first run goes on. */
	public record ImportJob(long id, String owner, String fileName, int bytes, Status status, int totalRows,
			int doneRows, ImportReport report, Instant createdAt) {

		public int percent() {
			return totalRows == 0 ? 0 : Math.min(100, doneRows * 100 / totalRows);
		}

		/** Validated without a problem and not imported yet. */
		public boolean confirmable() {
			return status == Status.VALIDATED && report != null && report.valid();
		}
	}

	/**
	 * Keeps the upload as a job and validates it in the background; returns the job's id.
	 *
	 * @throws org.enlace.shared.ForbiddenException if the actor may not import
	 */
	public long start(Actor actor, String fileName, byte[] bytes) {
		ActivityRights.require(importing.mayImport(actor), "importing activities");
		jdbc.sql("delete from activity_import_job where created_at < now() - interval '1 day'").update();
		String name = fileName == null || fileName.isBlank() ? "-" : fileName.strip();
		name = name.length() > 255 ? name.substring(0, 255) : name;
		boolean tooBig = bytes.length > ActivityImport.MAX_BYTES;
		long id = jdbc.sql("""
				insert into activity_import_job (owner, file_name, bytes, content, status)
				values (?, ?, ?, ?, ?) returning id""")
			.params(actor.username(), name, bytes.length, tooBig ? new byte[0] : bytes, Status.VALIDATING.name())
			.query(Long.class)
			.single();
		if (tooBig) {
			// Nothing of it is kept; the report says why.
			finish(id, Status.VALIDATED, importing.run(actor, name, bytes, true, ActivityImport.Progress.NONE));
		}
		else {
			runLater(id, actor, true);
		}
		return id;
	}

	/**
	 * The job, if the actor uploaded it or administers the platform.
	 *
	 * @throws NotFoundException otherwise, so as not to tell others which jobs exist
	 */
	public ImportJob find(Actor actor, long id) {
		ImportJob job = jdbc.sql("""
				select id, owner, file_name, bytes, status, total_rows, done_rows, report, created_at
				from activity_import_job where id = ?""")
			.param(id)
			.query((rs, i) -> new ImportJob(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					Status.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), report(rs.getString(8)),
					rs.getObject(9, OffsetDateTime.class).toInstant()))
			.optional()
			.orElseThrow(() -> new NotFoundException("import job " + id));
		boolean owner = actor.username() != null
				&& actor.username().toLowerCase(Locale.ROOT).equals(job.owner().toLowerCase(Locale.ROOT));
		if (!owner && !actor.isAdmin()) {
			throw new NotFoundException("import job " + id);
		}
		return job;
	}

	/**
	 * Imports a validated job in the background, all or nothing. Confirming a job that is not
	 * {@link ImportJob#confirmable()} (already running or imported, or with problems) changes nothing.
	 */
	public void confirm(Actor actor, long id) {
		ImportJob job = find(actor, id);
		ActivityRights.require(importing.mayImport(actor), "importing activities");
		if (!job.confirmable()) {
			return;
		}
		int claimed = jdbc.sql("""
				update activity_import_job set status = ?, done_rows = 0 where id = ? and status = ?""")
			.params(Status.IMPORTING.name(), id, Status.VALIDATED.name())
			.update();
		if (claimed == 1) {
			runLater(id, actor, false);
		}
	}

	private void runLater(long id, Actor actor, boolean dryRun) {
		executor.execute(() -> {
			try {
				record Upload(String name, byte[] content) {
				}
				Upload upload = jdbc.sql("select file_name, content from activity_import_job where id = ?")
					.param(id)
					.query((rs, i) -> new Upload(rs.getString(1), rs.getBytes(2)))
					.single();
				ImportReport report = importing.run(actor, upload.name(), upload.content(), dryRun,
						(done, total) -> progress(id, done, total));
				// A confirmed import that failed after all (someone changed an activity since) is shown again.
				finish(id, dryRun || !report.valid() ? Status.VALIDATED : Status.IMPORTED, report);
			}
			catch (RuntimeException e) {
				log.warn("import job {} failed", id, e);
				finish(id, Status.FAILED, ImportReport.refused(Problem.of(null, null, "activities.import.failed")));
			}
		});
	}

	private void progress(long id, int done, int total) {
		if (done % PROGRESS_STEP == 0 || done == total) {
			separately.executeWithoutResult(s -> jdbc
				.sql("update activity_import_job set total_rows = ?, done_rows = ? where id = ?")
				.params(total, done, id)
				.update());
		}
	}

	private void finish(long id, Status status, ImportReport report) {
		separately.executeWithoutResult(s -> jdbc
			.sql("update activity_import_job set status = ?, report = ?, done_rows = total_rows where id = ?")
			.params(status.name(), json.writeValueAsString(report), id)
			.update());
	}

	private ImportReport report(String text) {
		return text == null ? null : json.readValue(text, ImportReport.class);
	}
}
