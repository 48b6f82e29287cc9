package org.enlace.directory.api;

import java.util.Locale;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.enlace.directory.DirectoryListing;
import org.enlace.directory.DirectoryQuery;
import org.enlace.directory.OrganizationKind;
import org.enlace.directory.api.ApiModels.ApiContact;
import org.enlace.directory.api.ApiModels.ApiOrganization;
import org.enlace.platform.web.ApiPage;
import org.enlace.directory.api.ApiModels.ApiPosition;
import org.enlace.directory.api.ApiModels.ApiPositionDetail;
import org.enlace.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The directory's read API. Lists are paged ({@code page} from 0, {@code size} 1 to 100) and
 * filtered as the search page filters; anonymous callers get public data, callers with a Bearer
 * token of a signed-in account also get contact e-mail and phone.
 */
@RestController
@RequestMapping("/api/v1")
class DirectoryApi {

	private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,16}");

	private final DirectoryListing listing;

	DirectoryApi(DirectoryListing listing) {
		this.listing = listing;
	}

	@GetMapping("/organizations")
	@Tag(name = "Organizations", description = "Government institutions, international organisations, NGOs, "
			+ "academia, donors and development banks")
	@Operation(summary = "Organisations matching a search, paged",
			description = "q matches names and acronyms, accent- and case-insensitive and tolerant of small typos")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "a parameter is out of range or malformed")
	ApiPage<ApiOrganization> organizations(@Parameter(hidden = true) Actor actor,
			@Parameter(description = "free text, e.g. 'migracion guatemala'") @RequestParam(required = false) String q,
			@Parameter(description = "ISO 3166-1 alpha-3 code, e.g. GTM") @RequestParam(required = false) String country,
			@Parameter(description = "mechanism code, e.g. RCM") @RequestParam(required = false) String mechanism,
			@Parameter(description = "organisation type, e.g. GOVERNMENT") @RequestParam(required = false) String type,
			@Parameter(description = "GCM objective, 1 to 23") @RequestParam(required = false) Integer theme,
			@Parameter(description = "page, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "page size, 1 to 100") @RequestParam(defaultValue = "20") int size) {
		DirectoryQuery query = query(q, country, mechanism, null, type, theme, page, size);
		return ApiPage.of(listing.organizations(actor, query), ApiOrganization::of);
	}

	@GetMapping("/organizations/{id}")
	@Tag(name = "Organizations")
	@Operation(summary = "One organisation")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "unknown, or merged into another organisation")
	ApiOrganization organization(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return ApiOrganization.of(listing.organization(actor, id));
	}

	@GetMapping("/contacts")
	@Tag(name = "Contacts", description = "People; e-mail and phone only for signed-in callers")
	@Operation(summary = "Contacts matching a search, paged")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "a parameter is out of range or malformed")
	ApiPage<ApiContact> contacts(@Parameter(hidden = true) Actor actor,
			@Parameter(description = "free text: names, job title, organisation") @RequestParam(required = false) String q,
			@Parameter(description = "country of the contact's organisation (ISO3)") @RequestParam(required = false) String country,
			@Parameter(description = "organisation id") @RequestParam(required = false) Long organization,
			@Parameter(description = "mechanism code") @RequestParam(required = false) String mechanism,
			@Parameter(description = "body code: contacts holding a seat in it") @RequestParam(required = false) String body,
			@Parameter(description = "GCM objective, 1 to 23") @RequestParam(required = false) Integer theme,
			@Parameter(description = "page, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "page size, 1 to 100") @RequestParam(defaultValue = "20") int size) {
		DirectoryQuery query = query(q, country, mechanism, body, null, theme, page, size);
		return ApiPage.of(listing.contacts(actor, query, organization), ApiContact::of);
	}

	@GetMapping("/contacts/{id}")
	@Tag(name = "Contacts")
	@Operation(summary = "One contact")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "unknown contact")
	ApiContact contact(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return ApiContact.of(listing.contact(actor, id));
	}

	@GetMapping("/positions")
	@Tag(name = "Positions", description = "Seats (focal points, liaison officers) and who holds them")
	@Operation(summary = "Positions matching a search, paged, each with its current holder")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "a parameter is out of range or malformed")
	ApiPage<ApiPosition> positions(@Parameter(hidden = true) Actor actor,
			@Parameter(description = "free text: title, mechanism, body, holder, organisation") @RequestParam(required = false) String q,
			@Parameter(description = "ISO 3166-1 alpha-3 code") @RequestParam(required = false) String country,
			@Parameter(description = "mechanism code, e.g. RCM") @RequestParam(required = false) String mechanism,
			@Parameter(description = "body code, e.g. RLO-CP") @RequestParam(required = false) String body,
			@Parameter(description = "organisation id") @RequestParam(required = false) Long organization,
			@Parameter(description = "page, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "page size, 1 to 100") @RequestParam(defaultValue = "20") int size) {
		DirectoryQuery query = query(q, country, mechanism, body, null, null, page, size);
		return ApiPage.of(listing.positions(actor, query, organization), ApiPosition::of);
	}

	@GetMapping("/positions/{id}")
	@Tag(name = "Positions")
	@Operation(summary = "One position with its current holder and every holder before")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "unknown position")
	ApiPositionDetail position(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return ApiPositionDetail.of(listing.position(actor, id), listing.holders(actor, id));
	}

	/** A malformed id is simply not found; a malformed filter or page is the caller's mistake. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
		if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "not found");
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "malformed parameter: " + e.getName());
	}

	static DirectoryQuery query(String q, String country, String mechanism, String body, String type, Integer theme,
			int page, int size) {
		require(page >= 0, "page must be 0 or more");
		require(size >= 1 && size <= DirectoryQuery.MAX_SIZE, "size must be between 1 and " + DirectoryQuery.MAX_SIZE);
		require(theme == null || (theme >= 1 && theme <= 23), "theme must be a GCM objective, 1 to 23");
		return new DirectoryQuery(q, code(country, COUNTRY, "country"), code(mechanism, CODE, "mechanism"),
				code(body, CODE, "body"), null, kind(type), theme, page, size);
	}

	private static String code(String value, Pattern pattern, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		require(pattern.matcher(value.strip()).matches(), "malformed " + name);
		return value.strip().toUpperCase(Locale.ROOT);
	}

	private static OrganizationKind kind(String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		try {
			return OrganizationKind.valueOf(type.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown type");
		}
	}

	private static void require(boolean valid, String problem) {
		if (!valid) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problem);
		}
	}
}
