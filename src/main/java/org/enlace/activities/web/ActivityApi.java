package org.enlace.activities.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.enlace.activities.Activities;
import org.enlace.activities.ActivityDraft;
import org.enlace.activities.ActivityRefused;
import org.enlace.activities.ActivityViews.ActivityDetail;
import org.enlace.activities.ActivityViews.ActivityFilter;
import org.enlace.activities.ActivityViews.ActivityTable;
import org.enlace.activities.RecordingActivities;
import org.enlace.shared.Actor;
import org.enlace.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Activities as JSON, with the permissions of the pages. A refused change answers 400 with an
 * {@code errors} list of {@code {field, message}} in the caller's language; a stale {@code version}
 * answers 409.
 */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Activities", description = "Who does what where: activities, their money and progress")
class ActivityApi {

	private final Activities activities;

	private final RecordingActivities recording;

	private final MessageSource messages;

	ActivityApi(Activities activities, RecordingActivities recording, MessageSource messages) {
		this.activities = activities;
		this.recording = recording;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "One page (from 0, at most 200 rows) of the activities matching the filters, with totals in US dollars over all matches")
	ActivityTable list(@Parameter(hidden = true) Actor actor, @RequestParam(required = false) String country,
			@RequestParam(required = false) String mechanism, @RequestParam(required = false) Integer objective,
			@RequestParam(required = false) Long organization, @RequestParam(required = false) Integer role,
			@RequestParam(required = false) Integer status, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (page < 0 || size < 1 || size > Activities.MAX_ROWS) {
			throw new IllegalArgumentException("page must be 0 or more, size 1 to " + Activities.MAX_ROWS);
		}
		return activities.table(actor, new ActivityFilter(country == null ? null : country.toUpperCase(Locale.ROOT),
				mechanism, objective, organization, role, status, year), page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One activity with its transactions, indicators and the reports the caller may read")
	ActivityDetail one(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return activities.find(actor, id);
	}

	@PostMapping
	@Operation(summary = "Registers an activity (partners of a participating organisation, administrators)")
	ResponseEntity<ActivityDetail> create(@Parameter(hidden = true) Actor actor, @RequestBody ApiActivity body) {
		long id = recording.create(actor, body.draft());
		return ResponseEntity.created(URI.create("/api/v1/activities/" + id)).body(activities.find(actor, id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replaces an activity's fields; version must be the one last read")
	ActivityDetail update(@Parameter(hidden = true) Actor actor, @PathVariable long id, @RequestBody ApiActivity body) {
		recording.revise(actor, id, body.draft(), body.version() == null ? -1 : body.version());
		return activities.find(actor, id);
	}

	@ExceptionHandler(ActivityRefused.class)
	ProblemDetail refused(ActivityRefused refused, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "invalid activity");
		problem.setProperty("errors", refused.problems()
			.stream()
			.map(p -> Map.of("field", p.field(), "message",
					messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)))
			.toList());
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
		if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "not found");
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "malformed parameter: " + e.getName());
	}

	/** An activity as the API takes it; {@code version} only matters when replacing one. */
	record ApiActivity(String identifier, List<ActivityDraft.OtherIdentifier> otherIdentifiers, LocalizedText title,
			LocalizedText description, String originalLanguage, Integer status, LocalDate plannedStart,
			LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
			List<ActivityDraft.Participant> participants, List<ActivityDraft.RecipientCountry> countries,
			BigDecimal budget, String currency, List<Integer> gcmObjectives, List<String> sdgTargets,
			List<ActivityDraft.Location> locations, List<String> measures, Integer version) {

		ActivityDraft draft() {
			return new ActivityDraft(identifier, otherIdentifiers, title, description, originalLanguage, status,
					plannedStart, plannedEnd, actualStart, actualEnd, participants, countries, budget, currency,
					gcmObjectives, sdgTargets, locations, measures);
		}
	}
}
