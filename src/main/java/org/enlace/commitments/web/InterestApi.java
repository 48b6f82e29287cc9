package org.enlace.commitments.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.enlace.commitments.ChangeRefused;
import org.enlace.commitments.FundingInterests;
import org.enlace.commitments.FundingInterests.InterestDraft;
import org.enlace.commitments.FundingInterests.InterestView;
import org.enlace.commitments.FundingInterests.Modality;
import org.enlace.shared.Actor;
import org.enlace.shared.ForbiddenException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Expressions of interest in funding agreed measures, with the permissions of the pages: a funder's
 * system registers them, a secretariat's reads them. Refusals answer 400 with {@code errors} of
 * {@code {field, message}} in the caller's language.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Expressions of interest", description = "Donors' and development banks' interest in funding agreed measures (not public)")
class InterestApi {

	private final FundingInterests interests;

	private final MessageSource messages;

	InterestApi(FundingInterests interests, MessageSource messages) {
		this.interests = interests;
		this.messages = messages;
	}

	@GetMapping("/interests")
	@Operation(summary = "The expressions of interest the caller may read: its organisations', and those in measures of the mechanisms whose secretariat it is")
	List<ApiInterest> readable(@Parameter(hidden = true) Actor actor) {
		if (!actor.isSignedIn()) {
			throw new ForbiddenException("expressions of interest are not public");
		}
		return interests.readable(actor).stream().map(ApiInterest::of).toList();
	}

	@PostMapping("/measures/{id}/interests")
	@Operation(summary = "Registers an expression of interest (partners of a donor or development bank, administrators)")
	ResponseEntity<ApiInterest> register(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody ApiInterestDraft body) {
		long created = interests.register(actor, id, new InterestDraft(body.organizationId(), body.amountUsd(),
				Modality.named(body.modality()), body.message()));
		ApiInterest view = interests.ofMeasure(actor, id)
			.stream()
			.filter(i -> i.id() == created)
			.findFirst()
			.map(ApiInterest::of)
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/interests")).body(view);
	}

	@ExceptionHandler(ChangeRefused.class)
	ProblemDetail refused(ChangeRefused refused, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "invalid expression of interest");
		problem.setProperty("errors", refused.problems()
			.stream()
			.map(p -> Map.of("field", p.field(), "message", messages.getMessage(p.messageKey(), null, p.messageKey(), locale)))
			.toList());
		return problem;
	}

	@Schema(name = "InterestDraft", description = "organizationId may be left out when the caller speaks for one funder only")
	record ApiInterestDraft(Long organizationId, BigDecimal amountUsd,
			@Schema(description = "GRANT, LOAN, TECHNICAL_ASSISTANCE, IN_KIND or OTHER") String modality, String message) {
	}

	@Schema(name = "Interest")
	record ApiInterest(long id, long measureId, String measureCode, String mechanism, long organizationId,
			String organization, BigDecimal amountUsd, String modality, String message,
			@Schema(description = "OPEN, ACKNOWLEDGED or WITHDRAWN") String status, String contactName,
			String contactEmail, Instant createdAt) {

		static ApiInterest of(InterestView i) {
			return new ApiInterest(i.id(), i.measureId(), i.measureCode(), i.mechanismCode(), i.organizationId(),
					i.organization(), i.amountUsd(), i.modality().name(), i.message(), i.status().name(),
					i.contactName(), i.contactEmail(), i.createdAt());
		}
	}
}
