package org.enlace.commitments.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.enlace.commitments.CommitmentViews.InstrumentDetail;
import org.enlace.commitments.CommitmentViews.InstrumentRow;
import org.enlace.commitments.CommitmentViews.MeasureDetail;
import org.enlace.commitments.CommitmentViews.MeasureQuery;
import org.enlace.commitments.CommitmentViews.MeasureRow;
import org.enlace.commitments.Commitments;
import org.enlace.commitments.MeasureStatus;
import org.enlace.commitments.Translated;
import org.enlace.shared.Actor;
import org.enlace.shared.LocalizedText;
import org.enlace.platform.web.ApiPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API of instruments and agreed measures. Anonymous callers see public instruments only;
 * a Bearer token of a signed-in account also sees those restricted to members. Lists are paged
 * ({@code page} from 0, {@code size} 1 to 100).
 */
@RestController
@RequestMapping("/api/v1")
class CommitmentApi {

	private final Commitments commitments;

	CommitmentApi(Commitments commitments) {
		this.commitments = commitments;
	}

	@GetMapping("/instruments")
	@Tag(name = "Instruments", description = "Declarations, plans, resolutions, guidelines and protocols the mechanisms adopted")
	@Operation(summary = "Instruments, of one mechanism or all")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true)
	List<ApiInstrument> instruments(@Parameter(hidden = true) Actor actor,
			@Parameter(description = "mechanism code, e.g. RCM") @RequestParam(required = false) String mechanism) {
		return commitments.instruments(actor, mechanism).stream().map(ApiInstrument::of).toList();
	}

	@GetMapping("/instruments/{id}")
	@Tag(name = "Instruments")
	@Operation(summary = "One instrument with its commitments, their measures and the states each applies to")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "unknown, or restricted to members and the caller is anonymous")
	ApiInstrumentDetail instrument(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		InstrumentDetail d = commitments.instrument(actor, id);
		return new ApiInstrumentDetail(ApiInstrument.of(d.row()), texts(d.text()), d.meeting(),
				d.documents().stream().map(doc -> new ApiDocument(doc.label(), doc.url())).toList(),
				d.commitments()
					.stream()
					.map(c -> new ApiCommitment(c.id(), c.number(), texts(c.text()), c.applicability().countries(),
							c.measures().stream().map(ApiMeasure::of).toList()))
					.toList());
	}

	@GetMapping("/measures")
	@Tag(name = "Agreed measures", description = "Action lines under the commitments, with their derived status")
	@Operation(summary = "Agreed measures matching the filters, paged, by code")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "a parameter is out of range or malformed")
	ApiPage<ApiMeasure> measures(@Parameter(hidden = true) Actor actor,
			@Parameter(description = "mechanism code, e.g. RCM") @RequestParam(required = false) String mechanism,
			@Parameter(description = "ISO 3166-1 alpha-3 code of a state the measure applies to") @RequestParam(required = false) String country,
			@Parameter(description = "GCM objective, 1 to 23") @RequestParam(required = false) Integer gcm,
			@Parameter(description = "NOT_STARTED, IN_PROGRESS, IMPLEMENTED or OVERDUE") @RequestParam(required = false) MeasureStatus status,
			@Parameter(description = "page, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "page size, 1 to 100") @RequestParam(defaultValue = "20") int size) {
		require(page >= 0, "page must be 0 or more");
		require(size >= 1 && size <= MeasureQuery.MAX_SIZE, "size must be between 1 and " + MeasureQuery.MAX_SIZE);
		require(gcm == null || (gcm >= 1 && gcm <= 23), "gcm must be a GCM objective, 1 to 23");
		require(country == null || country.matches("[A-Za-z]{3}"), "country must be an ISO3 code");
		return ApiPage.of(commitments.measures(actor, new MeasureQuery(mechanism, country, gcm, status, page, size)),
				ApiMeasure::of);
	}

	@GetMapping("/measures/{id}")
	@Tag(name = "Agreed measures")
	@Operation(summary = "One agreed measure with the states it applies to")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "unknown, or restricted to members and the caller is anonymous")
	ApiMeasureDetail measure(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		MeasureDetail d = commitments.measureDetail(actor, id);
		return new ApiMeasureDetail(ApiMeasure.of(d.row()), texts(d.description()), d.responsibleBody(),
				d.sdgTargets(), d.themes(), d.instrument().id(), d.commitmentNumber(), d.applicability().countries());
	}

	private static void require(boolean ok, String message) {
		if (!ok) {
			throw new IllegalArgumentException(message);
		}
	}

	static ApiTexts texts(Translated t) {
		LocalizedText x = t.text();
		return new ApiTexts(x.es(), x.en(), x.fr(), t.original());
	}

	@Schema(name = "Texts", description = "A text in Spanish, English and French (any may be null) and the language it was adopted in")
	record ApiTexts(String es, String en, String fr, String original) {
	}

	@Schema(name = "Instrument")
	record ApiInstrument(long id, String mechanism,
			@Schema(description = "DECLARATION, STRATEGIC_PLAN, WORK_PLAN, RESOLUTION, GUIDELINES or PROTOCOL") String kind,
			ApiTexts title, Integer adoptedYear, LocalDate adoptedOn, @Schema(description = "PUBLIC or MEMBERS") String access) {

		static ApiInstrument of(InstrumentRow r) {
			return new ApiInstrument(r.id(), r.mechanismCode(), r.kind().name(), texts(r.title()), r.adoptedYear(),
					r.adoptedOn(), r.accessLevel().name());
		}
	}

	@Schema(name = "Document")
	record ApiDocument(String label, String url) {
	}

	@Schema(name = "InstrumentDetail")
	record ApiInstrumentDetail(ApiInstrument instrument, ApiTexts text, String meeting, List<ApiDocument> documents,
			List<ApiCommitment> commitments) {
	}

	@Schema(name = "Commitment")
	record ApiCommitment(long id, String number, ApiTexts text,
			@Schema(description = "ISO3 codes of the states it applies to") Set<String> countries,
			List<ApiMeasure> measures) {
	}

	@Schema(name = "AgreedMeasure")
	record ApiMeasure(long id, String code, ApiTexts title, String mechanism, long instrument, LocalDate targetDate,
			@Schema(description = "US dollars") BigDecimal estimatedCostUsd,
			@Schema(description = "GCM objectives (1-23)") Set<Integer> gcmObjectives,
			@Schema(description = "NOT_STARTED, IN_PROGRESS, IMPLEMENTED or OVERDUE, derived from activities") String status) {

		static ApiMeasure of(MeasureRow r) {
			return new ApiMeasure(r.id(), r.code(), texts(r.title()), r.mechanismCode(), r.instrumentId(), r.targetDate(),
					r.estimatedCostUsd(), r.gcmObjectives(), r.status().name());
		}
	}

	@Schema(name = "AgreedMeasureDetail")
	record ApiMeasureDetail(ApiMeasure measure, ApiTexts description, String responsibleBody, Set<String> sdgTargets,
			Set<String> themes, long instrument, String commitment,
			@Schema(description = "ISO3 codes of the states it applies to") Set<String> countries) {
	}
}
