package org.enlace.mechanisms.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.enlace.mechanisms.MechanismViews.MembershipView;
import org.enlace.mechanisms.Mechanisms;
import org.enlace.mechanisms.MembershipStatus;
import org.enlace.reference.Country;
import org.enlace.reference.ReferenceData;
import org.enlace.platform.web.ApiPage;
import org.enlace.shared.LocalizedText;
import org.enlace.shared.NotFoundException;
import org.enlace.shared.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The countries of the region with the mechanisms they take part in. It lives with the mechanisms
 * because it joins reference data with memberships.
 */
@RestController
@RequestMapping("/api/v1/countries")
@Tag(name = "Countries", description = "The countries of the region and their current memberships in the mechanisms")
class CountryApi {

	private final ReferenceData reference;

	private final Mechanisms mechanisms;

	CountryApi(ReferenceData reference, Mechanisms mechanisms) {
		this.reference = reference;
		this.mechanisms = mechanisms;
	}

	@GetMapping
	@Operation(summary = "The countries, by ISO 3166 alpha-3 code, a page at a time, with their current memberships")
	@ApiResponse(responseCode = "200", description = "a page of countries")
	@ApiResponse(responseCode = "400", description = "page below 0, or size outside 1–100")
	ApiPage<CountryResource> all(
			@Parameter(description = "page number, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "items per page, 1–100 (default 20)") @RequestParam(required = false) Integer size) {
		Paging paging = Paging.of(page, size);
		List<Country> all = reference.countries(java.util.Locale.ROOT)
			.stream()
			.sorted(Comparator.comparing(Country::iso3))
			.toList();
		int from = (int) Math.min((long) paging.page() * paging.size(), all.size());
		int to = Math.min(from + paging.size(), all.size());
		Map<String, List<MembershipView>> memberships = mechanisms.currentMemberships();
		return ApiPage.of(new PageOf<>(all.subList(from, to), paging.page(), paging.size(), all.size()),
				c -> CountryResource.of(c, memberships.getOrDefault(c.iso3(), List.of())));
	}

	@GetMapping("/{iso3}")
	@Operation(summary = "One country with its current memberships")
	@ApiResponse(responseCode = "200", description = "the country")
	@ApiResponse(responseCode = "404", description = "no country with this code")
	CountryResource one(@Parameter(description = "ISO 3166 alpha-3 code, e.g. GTM") @PathVariable String iso3) {
		Country country = reference.country(iso3).orElseThrow(() -> new NotFoundException("country " + iso3));
		return CountryResource.of(country,
				mechanisms.currentMemberships().getOrDefault(country.iso3(), List.of()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail notANumber(MethodArgumentTypeMismatchException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getName() + " must be a whole number");
	}

	/** A country as the API shows it. */
	@Schema(name = "Country")
	record CountryResource(@Schema(description = "ISO 3166 alpha-3 code") String iso3,
			@Schema(description = "ISO 3166 alpha-2 code") String iso2,
			@Schema(description = "name in Spanish, English and French") LocalizedText name, String region,
			@Schema(description = "the mechanisms it takes part in today") List<CountryMembership> memberships) {

		static CountryResource of(Country c, List<MembershipView> memberships) {
			return new CountryResource(c.iso3(), c.iso2(), c.name(), c.region(),
					memberships.stream().map(CountryMembership::of).toList());
		}
	}

	/** A country's standing in one mechanism; {@code since} or {@code until} may be unknown or open. */
	@Schema(name = "CountryMembership")
	record CountryMembership(@Schema(description = "mechanism code, e.g. RCM") String mechanism,
			MembershipStatus status, LocalDate since, LocalDate until) {

		static CountryMembership of(MembershipView m) {
			return new CountryMembership(m.mechanismCode(), m.status(), m.since(), m.until());
		}
	}
}
