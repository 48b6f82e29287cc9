package org.enlace.interop.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.enlace.activities.Activities;
import org.enlace.activities.ActivityViews.ActivityFilter;
import org.enlace.interop.ActivityExports;
import org.enlace.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the activities, with the filters of {@code GET /api/v1/activities}. Activities are
 * public, so anyone may download; what a requester may not see (members-only measures, unapproved
 * progress) is left out by the export itself. A malformed filter is a 400 in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/export")
@Tag(name = "Exports", description = "Activities as CSV and XLSX (with HXL hashtags) and as IATI 2.03 XML")
class ActivityDownloads {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");

	private static final Pattern MECHANISM = Pattern.compile("[A-Za-z0-9_-]{1,16}");

	private final ActivityExports exports;

	private final Activities activities;

	private final MessageSource messages;

	ActivityDownloads(ActivityExports exports, Activities activities, MessageSource messages) {
		this.exports = exports;
		this.activities = activities;
		this.messages = messages;
	}

	@GetMapping("/activities.csv")
	@Operation(summary = "The matching activities as CSV: column names, an HXL hashtag row, one row per activity")
	void csv(@Parameter(hidden = true) Actor actor, Filters filters, HttpServletResponse response) throws IOException {
		ActivityFilter filter = filters.filter();
		start(response, CSV, "enlace-activities-" + LocalDate.now() + ".csv");
		exports.csv(actor, filter, response.getOutputStream());
	}

	@GetMapping("/activities.xlsx")
	@Operation(summary = "The matching activities as an XLSX workbook, in the same columns as the CSV")
	void xlsx(@Parameter(hidden = true) Actor actor, Filters filters, Locale locale, HttpServletResponse response)
			throws IOException {
		ActivityFilter filter = filters.filter();
		start(response, XLSX, "enlace-activities-" + LocalDate.now() + ".xlsx");
		exports.xlsx(actor, filter, locale, response.getOutputStream());
	}

	@GetMapping("/iati-activities.xml")
	@Operation(summary = "The matching activities as an IATI 2.03 activity file")
	void iati(@Parameter(hidden = true) Actor actor, Filters filters, HttpServletResponse response)
			throws IOException {
		ActivityFilter filter = filters.filter();
		if (activities.table(actor, filter, 0, 1).count() == 0) {
			// The IATI schema wants at least one activity in a file: say so rather than send an invalid one.
			throw new NothingToExport();
		}
		start(response, XML, "enlace-iati-activities-" + LocalDate.now() + ".xml");
		exports.iatiXml(actor, filter, response.getOutputStream());
	}

	/** Typed explicitly so a client that asked for CSV or XML still gets the problem, not a 406. */
	@ExceptionHandler(BadFilter.class)
	ResponseEntity<ProblemDetail> badFilter(BadFilter bad, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("interop.export.badFilter", new Object[] { bad.parameter }, locale));
		problem.setProperty("parameter", bad.parameter);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(NothingToExport.class)
	ResponseEntity<ProblemDetail> nothing(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("interop.export.iatiEmpty", null, locale));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** No activity matches the filters of an IATI export. */
	static class NothingToExport extends RuntimeException {
	}

	private static void start(HttpServletResponse response, MediaType type, String filename) {
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
	}

	/**
	 * The filters as text, so that a malformed one is a translated 400 naming it rather than a
	 * binding failure; blank means "any".
	 */
	record Filters(String country, String mechanism, String objective, String organization, String role,
			String status, String year) {

		ActivityFilter filter() {
			return new ActivityFilter(code("country", country, COUNTRY, s -> s.toUpperCase(Locale.ROOT)),
					code("mechanism", mechanism, MECHANISM, Function.identity()), whole("objective", objective, 1, 23),
					organizationId(), whole("role", role, 1, 4), whole("status", status, 1, 6),
					whole("year", year, 1900, 2200));
		}

		private Long organizationId() {
			if (blank(organization)) {
				return null;
			}
			try {
				long id = Long.parseLong(organization.strip());
				if (id > 0) {
					return id;
				}
			}
			catch (NumberFormatException e) {
				// falls through to the refusal below
			}
			throw new BadFilter("organization");
		}

		private static String code(String name, String value, Pattern pattern, Function<String, String> normal) {
			if (blank(value)) {
				return null;
			}
			if (!pattern.matcher(value.strip()).matches()) {
				throw new BadFilter(name);
			}
			return normal.apply(value.strip());
		}

		private static Integer whole(String name, String value, int min, int max) {
			if (blank(value)) {
				return null;
			}
			try {
				int n = Integer.parseInt(value.strip());
				if (n >= min && n <= max) {
					return n;
				}
			}
			catch (NumberFormatException e) {
				// falls through to the refusal below
			}
			throw new BadFilter(name);
		}

		private static boolean blank(String value) {
			return value == null || value.isBlank();
		}
	}

	/** A filter no activities page would send. */
	static final class BadFilter extends RuntimeException {

		final String parameter;

		BadFilter(String parameter) {
			super(parameter, null, false, false);
			this.parameter = parameter;
		}
	}
}
