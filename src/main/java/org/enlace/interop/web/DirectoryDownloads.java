package org.enlace.interop.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.enlace.directory.DirectoryQuery;
import org.enlace.directory.OrganizationKind;
import org.enlace.interop.DirectoryExports;
import org.enlace.shared.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Downloads of the directory. The exports take the search page's parameters and carry what the
 * requester may see: anyone may download them, only signed-in users get e-mail and phone.
 */
@Controller
class DirectoryDownloads {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType VCARD = new MediaType("text", "vcard", StandardCharsets.UTF_8);

	private static final Set<String> ENTRY_TYPES = Set.of("ORGANIZATION", "CONTACT", "POSITION");

	private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,16}");

	private final DirectoryExports exports;

	DirectoryDownloads(DirectoryExports exports) {
		this.exports = exports;
	}

	@GetMapping("/directory/export.csv")
	void csv(Actor actor, SearchParameters search, Locale locale, HttpServletResponse response) throws IOException {
		DirectoryQuery query = search.query();
		start(response, CSV, "csv");
		exports.csv(actor, query, locale, response.getOutputStream());
	}

	@GetMapping("/directory/export.xlsx")
	void xlsx(Actor actor, SearchParameters search, Locale locale, HttpServletResponse response) throws IOException {
		DirectoryQuery query = search.query();
		start(response, XLSX, "xlsx");
		exports.xlsx(actor, query, locale, response.getOutputStream());
	}

	@GetMapping("/contacts/{id}/vcard")
	ResponseEntity<String> vcard(Actor actor, @PathVariable long id) {
		String card = exports.vcard(actor, id);
		return ResponseEntity.ok()
			.contentType(VCARD)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("contact-" + id + ".vcf").build().toString())
			.body(card);
	}

	/** A malformed id is not found; a malformed filter is a bad request. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
		boolean path = e.getParameter().hasParameterAnnotation(PathVariable.class);
		response.setStatus(path ? 404 : 400);
		return path ? "error/404" : "error/400";
	}

	@ExceptionHandler({ BadParameter.class, BindException.class })
	String badParameter(HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "error/400";
	}

	private static void start(HttpServletResponse response, MediaType type, String extension) {
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("enlace-directory-" + LocalDate.now() + "." + extension)
			.build()
			.toString());
	}

	/** The search page's parameters: {@code type} is the kind of entry, {@code kind} the organisation type. */
	record SearchParameters(String q, String country, String mechanism, String body, String type, String kind,
			Integer theme) {

		DirectoryQuery query() {
			if (theme != null && (theme < 1 || theme > 23)) {
				throw new BadParameter();
			}
			return new DirectoryQuery(q, code(country, COUNTRY), code(mechanism, CODE), code(body, CODE),
					entryType(type), kind(kind), theme, 0, DirectoryQuery.MAX_SIZE);
		}

		private static String code(String value, Pattern pattern) {
			if (value == null || value.isBlank()) {
				return null;
			}
			if (!pattern.matcher(value.strip()).matches()) {
				throw new BadParameter();
			}
			return value.strip().toUpperCase(Locale.ROOT);
		}

		private static String entryType(String type) {
			String upper = code(type, CODE);
			if (upper != null && !ENTRY_TYPES.contains(upper)) {
				throw new BadParameter();
			}
			return upper;
		}

		private static OrganizationKind kind(String kind) {
			String upper = code(kind, CODE);
			try {
				return upper == null ? null : OrganizationKind.valueOf(upper);
			}
			catch (IllegalArgumentException e) {
				throw new BadParameter();
			}
		}
	}

	/** A search parameter no search page would send. */
	static final class BadParameter extends RuntimeException {

		BadParameter() {
			super(null, null, false, false);
		}
	}
}
