package org.enlace.activities.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.enlace.activities.ActivityImport;
import org.enlace.activities.ImportReport;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.enlace.shared.Actor;

/**
 * Importing an activities sheet in one request. Answers 200 when every row is valid (and, unless
 * {@code dryRun}, saved), 400 with the rows' errors when any is not (nothing saved), 413 when the file
 * is over the size limit, 403 for callers who may not register activities.
 */
@RestController
@Tag(name = "Activities")
class ActivityImportApi {

	private final ActivityImport importing;

	private final MessageSource messages;

	ActivityImportApi(ActivityImport importing, MessageSource messages) {
		this.importing = importing;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/activities/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Imports activities from an XLSX or CSV sheet, all or nothing; dryRun (the default) only reports")
	ResponseEntity<Map<String, Object>> importSheet(@Parameter(hidden = true) Actor actor,
			@RequestParam(defaultValue = "true") boolean dryRun, @RequestParam("file") MultipartFile file,
			Locale locale) {
		ImportReport report = importing.run(actor, file.getOriginalFilename(), bytes(file), dryRun,
				ActivityImport.Progress.NONE);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("valid", report.valid());
		body.put("dryRun", dryRun);
		body.put("created", report.created());
		body.put("updated", report.updated());
		body.put("errors", translated(report.errors(), locale));
		body.put("notices", translated(report.notices(), locale));
		HttpStatus status = report.valid() ? HttpStatus.OK
				: report.errors().stream().anyMatch(e -> e.messageKey().equals("activities.import.tooBig"))
						? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
		return ResponseEntity.status(status).body(body);
	}

	private List<Map<String, Object>> translated(List<ImportReport.Problem> problems, Locale locale) {
		return problems.stream().map(p -> {
			Map<String, Object> e = new LinkedHashMap<>();
			e.put("row", p.row());
			e.put("column", p.column());
			e.put("message", messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
			return e;
		}).toList();
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
