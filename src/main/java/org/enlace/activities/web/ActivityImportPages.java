package org.enlace.activities.web;

import java.util.Locale;

import org.enlace.activities.ActivityImport;
import org.enlace.activities.ActivityTemplate;
import org.enlace.activities.ImportJobs;
import org.enlace.shared.Actor;
import org.enlace.shared.ForbiddenException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing activities from a sheet: the form with the templates and the column help, the upload
 * (validated in the background), the job page with its progress and preview, and the confirmation.
 */
@Controller
class ActivityImportPages {

	private static final String FORM = "activities/import";

	private final ActivityImport importing;

	private final ImportJobs jobs;

	private final ActivityTemplate template;

	ActivityImportPages(ActivityImport importing, ImportJobs jobs, ActivityTemplate template) {
		this.importing = importing;
		this.jobs = jobs;
		this.template = template;
	}

	@GetMapping("/activities/import")
	String form(Actor actor, Model model) {
		requireImporter(actor);
		return form(model);
	}

	@PostMapping("/activities/import")
	String upload(Actor actor, @RequestParam(required = false) MultipartFile file, Model model) {
		requireImporter(actor);
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			model.addAttribute("noFile", true);
			return form(model);
		}
		long id = jobs.start(actor, file.getOriginalFilename(), ActivityImportApi.bytes(file));
		return "redirect:/activities/import/" + id;
	}

	@GetMapping("/activities/import/{id}")
	String job(Actor actor, @PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		signedIn(actor);
		model.addAttribute("job", jobs.find(actor, id));
		return htmx != null ? "activities/import-job :: status" : "activities/import-job";
	}

	@PostMapping("/activities/import/{id}/confirm")
	String confirm(Actor actor, @PathVariable long id) {
		signedIn(actor);
		jobs.confirm(actor, id);
		return "redirect:/activities/import/" + id;
	}

	@GetMapping("/activities/import/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(Locale locale) {
		return download(template.xlsx(locale), "activities-template.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@GetMapping("/activities/import/template.csv")
	ResponseEntity<byte[]> csvTemplate() {
		return download(template.csv(), "activities-template.csv", "text/csv;charset=UTF-8");
	}

	private String form(Model model) {
		model.addAttribute("columns", template.columns());
		model.addAttribute("maxMegabytes", ActivityImport.MAX_BYTES / (1024 * 1024));
		model.addAttribute("maxRows", ActivityImport.MAX_ROWS);
		return FORM;
	}

	private static ResponseEntity<byte[]> download(byte[] bytes, String name, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(bytes);
	}

	private void requireImporter(Actor actor) {
		signedIn(actor);
		if (!importing.mayImport(actor)) {
			throw new ForbiddenException("importing activities");
		}
	}

	private static void signedIn(Actor actor) {
		if (!actor.isSignedIn()) {
			throw new InsufficientAuthenticationException("sign in to import activities");
		}
	}
}
