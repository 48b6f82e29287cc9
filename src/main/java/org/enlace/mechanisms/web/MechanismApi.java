package org.enlace.mechanisms.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.enlace.mechanisms.MechanismViews.MechanismDetail;
import org.enlace.mechanisms.MechanismViews.MechanismSummary;
import org.enlace.mechanisms.Mechanisms;
import org.enlace.platform.web.ApiPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

@RestController
@RequestMapping("/api/v1/mechanisms")
@Tag(name = "Mechanisms", description = "Inter-state consultation mechanisms, their members, bodies and presidencies")
class MechanismApi {

	private final Mechanisms mechanisms;

	MechanismApi(Mechanisms mechanisms) {
		this.mechanisms = mechanisms;
	}

	@GetMapping
	@Operation(summary = "The mechanisms, a page at a time, with their current number of members and observers")
	@ApiResponse(responseCode = "200", description = "a page of mechanisms")
	@ApiResponse(responseCode = "400", description = "page below 0, or size outside 1–100")
	ApiPage<MechanismSummary> all(
			@Parameter(description = "page number, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "items per page, 1–100 (default 20)") @RequestParam(required = false) Integer size) {
		Paging paging = Paging.of(page, size);
		return ApiPage.of(mechanisms.page(paging.page(), paging.size()));
	}

	@GetMapping("/{code}")
	@Operation(summary = "One mechanism with members, observers, bodies and presidencies")
	@ApiResponse(responseCode = "200", description = "the mechanism")
	@ApiResponse(responseCode = "404", description = "no mechanism with this code")
	MechanismDetail one(@Parameter(description = "the mechanism's code, e.g. RCM") @PathVariable String code) {
		return mechanisms.find(code);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail notANumber(MethodArgumentTypeMismatchException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getName() + " must be a whole number");
	}
}
