package org.enlace.activities;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.enlace.activities.ActivityViews.ActivityDetail;
import org.enlace.activities.ImportJobs.ImportJob;
import org.enlace.activities.ImportJobs.Status;
import org.enlace.activities.ImportReport.Problem;
import org.enlace.shared.Actor;
import org.enlace.shared.ForbiddenException;
import org.enlace.shared.Grant;
import org.enlace.shared.NotFoundException;
import org.enlace.shared.Role;
import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Importing activities from XLSX and CSV sheets: all or nothing, re-imports, hostile files, jobs, API. */
@EnlaceTest
class ActivityImportTests {

	static final String HEADER = "identifier,title,description,language,status,planned_start,planned_end,countries,"
			+ "implementing_orgs,funding_orgs,budget,currency,gcm_objectives,sdg_targets";

	static final String HXL = Arrays.stream(ActivitySheetColumn.values())
		.map(ActivitySheetColumn::hxl)
		.reduce((a, b) -> a + "," + b)
		.orElseThrow();

	@Autowired
	ActivityImport importing;

	@Autowired
	ImportJobs jobs;

	@Autowired
	Activities activities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	Actor partner;

	@BeforeEach
	void partnerOfIom() {
		long iom = jdbc.sql("select id from organization where acronym = 'IOM'").query(Long.class).single();
		partner = new Actor("demo.partner.iom", Set.of(new Grant(Role.PARTNER, String.valueOf(iom))));
	}

	@Test
	void aCsvCreatesActivitiesAndImportingItAgainUpdatesThemKeepingWhatTheSheetDoesNotCarry() {
		String csv = HEADER + "\n" + row("T-IMP-1", "Primera importada", "250000.50", "GTM:60;HND:40") + "\n"
				+ row("T-IMP-2", "Segunda importada", "1000", "CRI") + "\n";
		long before = count();
		ImportReport first = importing.run(partner, "a.csv", bytes(csv), false, ActivityImport.Progress.NONE);
		assertThat(first.errors()).isEmpty();
		assertThat(first.created()).isEqualTo(2);
		assertThat(count()).isEqualTo(before + 2);
		long id = idOf("T-IMP-1");
		ActivityDetail created = activities.find(partner, id);
		assertThat(created.budget()).isEqualByComparingTo("250000.50");
		assertThat(created.countries()).extracting(c -> c.iso3()).containsExactly("GTM", "HND");
		assertThat(created.participants()).extracting(p -> p.acronym(), p -> p.role())
			.contains(tuple("IOM", 4), tuple("UNICEF", 1));
		assertThat(created.gcmObjectives()).containsExactly(2, 23);
		// what only the edit form carries
		jdbc.sql("insert into activity_other_identifier (activity_id, position, type, value) values (?, 0, 'prima', 'P-77')")
			.param(id).update();
		jdbc.sql("insert into activity_location (activity_id, position, name) values (?, 0, 'Tecún Umán')").param(id).update();
		jdbc.sql("insert into activity_participant (activity_id, organization_id, role) select ?, id, 2 from organization where acronym = 'UNHCR'")
			.param(id).update();
		jdbc.sql("update activity set title_en = 'First imported' where id = ?").param(id).update();

		String again = HEADER + "\n" + row("T-IMP-1", "Primera, revisada", "300000", "GTM") + "\n"
				+ row("t-imp-2", "Segunda importada", "1000", "CRI") + "\n";
		ImportReport second = importing.run(partner, "a.csv", bytes(again), false, ActivityImport.Progress.NONE);
		assertThat(second.errors()).isEmpty();
		assertThat(second.updated()).isEqualTo(2);
		assertThat(second.created()).isZero();
		assertThat(count()).isEqualTo(before + 2);
		ActivityDetail updated = activities.find(partner, id);
		assertThat(updated.title().es()).isEqualTo("Primera, revisada");
		assertThat(updated.title().en()).isEqualTo("First imported");
		assertThat(updated.budget()).isEqualByComparingTo("300000");
		assertThat(updated.countries()).extracting(c -> c.iso3()).containsExactly("GTM");
		assertThat(updated.otherIdentifiers()).extracting(o -> o.value()).containsExactly("P-77");
		assertThat(updated.locations()).extracting(l -> l.name()).containsExactly("Tecún Umán");
		assertThat(updated.participants()).extracting(p -> p.acronym(), p -> p.role())
			.contains(tuple("UNHCR", 2), tuple("IOM", 4));
	}

	@Test
	void anXlsxWithItsHxlRowAndDateCellsImportsAndReimports() throws Exception {
		long before = count();
		byte[] first = workbook("T-XLSX-1", 5000, null);
		ImportReport created = importing.run(partner, "sheet.xlsx", first, false, ActivityImport.Progress.NONE);
		assertThat(created.errors()).isEmpty();
		assertThat(created.created()).isEqualTo(1);
		ActivityDetail a = activities.find(partner, idOf("T-XLSX-1"));
		assertThat(a.plannedStart()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(a.budget()).isEqualByComparingTo("5000");
		assertThat(a.status()).isEqualTo(2);
		ImportReport updated = importing.run(partner, "sheet.xlsx", workbook("T-XLSX-1", 7500, null), false,
				ActivityImport.Progress.NONE);
		assertThat(updated.updated()).isEqualTo(1);
		assertThat(count()).isEqualTo(before + 1);
		assertThat(activities.find(partner, idOf("T-XLSX-1")).budget()).isEqualByComparingTo("7500");
	}

	@Test
	void oneBadRowSavesNothingAndEveryRowsProblemsAreReportedWithRowAndColumn() throws Exception {
		String csv = HEADER + "\n" + HXL + "\n" + row("T-BADROW-1", "Buena", "10", "GTM") + "\n"
				+ "T-BADROW-2,Fechas al revés,,es,2,2025-06-01,2025-01-01,GTM,IOM,,10,XYZ,,\n"
				+ "T-BADROW-3,País inventado,,es,2,,,ZZZ,IOM,,-5,USD,,\n"
				+ "DEMO-ENLACE-0003,De UNICEF,,es,2,,,CRI,IOM,,,USD,,\n"
				+ "t-badrow-1,Repetida,,es,2,,,GTM,IOM,,,USD,,\n"
				+ "T-BADROW-6,Fecha rara,,es,2,01/02/2025,,GTM,IOM,,,USD,,\n";
		long before = count();
		ImportReport report = importing.run(partner, "bad.csv", bytes(csv), false, ActivityImport.Progress.NONE);
		assertThat(report.valid()).isFalse();
		assertThat(count()).isEqualTo(before);
		assertThat(report.errors()).extracting(Problem::row, Problem::column, Problem::messageKey)
			.contains(tuple(4, "planned_end", "activities.validation.datesOutOfOrder"),
					tuple(4, "currency", "activities.validation.currency"),
					tuple(5, "countries", "activities.validation.country"),
					tuple(5, "budget", "activities.validation.negative"),
					tuple(6, "identifier", "activities.import.notYours"),
					tuple(7, "identifier", "activities.import.duplicate"),
					tuple(8, "planned_start", "activities.import.date"));
		assertThat(report.errors()).noneMatch(p -> p.row() == 3);

		mvc.perform(apiImport("bad.csv", bytes(csv), false).header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'planned_end')].message",
					hasItem("El fin es anterior al inicio.")))
			.andExpect(jsonPath("$.errors[?(@.row == 5 && @.column == 'countries')].message",
					hasItem("País desconocido: ZZZ.")));
		mvc.perform(apiImport("bad.csv", bytes(csv), true).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'planned_end')].message",
					hasItem("The end is before the start.")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void measuresAreLinkedByCodeAndAmountsMustFitTheirColumn() {
		String code = jdbc.sql("select code from agreed_measure order by code limit 1").query(String.class).single();
		String header = "identifier,title,language,status,countries,implementing_orgs,currency,budget,measures\n";
		ImportReport linked = importing.run(partner, "m.csv", bytes(header + "T-MEAS-1,Con medida,es,2,GTM,IOM,USD,10," + code
				+ "\n"), false, ActivityImport.Progress.NONE);
		assertThat(linked.errors()).isEmpty();
		assertThat(activities.find(partner, idOf("T-MEAS-1")).measures()).extracting(m -> m.code()).containsExactly(code);
		long before = count();
		ImportReport refused = importing.run(partner, "m.csv", bytes(header
				+ "T-MEAS-2,Medida inventada,es,2,GTM,IOM,USD,10,NO-SUCH-MEASURE\n"
				+ "T-MEAS-3,Demasiado dinero,es,2,GTM,IOM,USD,12345678901234567," + code + "\n"
				+ "T-MEAS-4,Centavos de más,es,2,GTM,IOM,USD,10.005,\n"), false, ActivityImport.Progress.NONE);
		assertThat(refused.errors()).extracting(Problem::row, Problem::column, Problem::messageKey)
			.containsExactlyInAnyOrder(tuple(2, "measures", "activities.validation.measure"),
					tuple(3, "budget", "activities.import.amount"), tuple(4, "budget", "activities.import.amount"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void hostileFilesGetAClearErrorAndChangeNothing() throws Exception {
		long before = count();
		byte[] real = workbook("T-HOSTILE-1", 10, null);
		expectError("truncated.xlsx", Arrays.copyOf(real, real.length / 2), "not a readable spreadsheet");
		expectError("notes.xlsx", bytes("just some notes, not a workbook\n"), "not a readable spreadsheet");
		expectError("bomb.xlsx", zipBomb(real), "unpacks to far more data");
		expectError("formula.xlsx", workbook("T-HOSTILE-2", 10, "SUM(1,2)"), "paste values instead");
		expectError("cmd.csv", bytes(HEADER + "\n" + row("T-HOSTILE-3", "=cmd|' /C calc'!A0", "1", "GTM") + "\n"),
				"paste values instead");
		expectError("broken.csv", bytes(HEADER + "\n\"T-HOSTILE-4,unclosed\n"), "a quoted cell is not closed");
		expectError("empty.csv", new byte[0], "The file is empty");
		expectError("template.csv", bytes(HEADER + "\n" + HXL + "\n"), "The file has no activities");
		expectError("cols.csv", bytes("identifier,title\nT-HOSTILE-5,Sin columnas\n"), "Required columns are missing");
		expectError("twice.csv", bytes(HEADER + ",title\n" + row("T-HOSTILE-6", "Dos títulos", "1", "GTM") + ",Otro\n"),
				"The column title appears twice");
		String tooMany = HEADER + "\n" + (row("T-MANY", "Fila", "1", "GTM") + "\n").repeat(ActivityImport.MAX_ROWS + 1);
		expectError("many.csv", bytes(tooMany), "more than 5000 activities");
		byte[] huge = new byte[ActivityImport.MAX_BYTES + 1];
		Arrays.fill(huge, (byte) 'a');
		mvc.perform(apiImport("huge.csv", huge, true).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("larger than 10 MB")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void readsLatin1AndBomCsvSemicolonsAndQuotedNewlines() {
		String latin = HEADER.replace(',', ';') + "\n"
				+ "T-ENC-1;Migración y niñez;Línea 1;es;1;;;GTM;IOM;;;USD;;\n";
		ImportReport l = importing.run(partner, "latin.csv", latin.getBytes(Charset.forName("ISO-8859-1")), false,
				ActivityImport.Progress.NONE);
		assertThat(l.errors()).isEmpty();
		assertThat(activities.find(partner, idOf("T-ENC-1")).title().es()).isEqualTo("Migración y niñez");

		String bom = "\uFEFF" + HEADER + "\n" + "T-ENC-2,Atención,\"Primera línea\nSegunda línea\",es,1,,,GTM,IOM,,,USD,,\n"
				+ "\n" + "T-ENC-3,Después de una línea vacía,,es,1,,,HND,IOM,,,USD,,\n";
		ImportReport b = importing.run(partner, "bom.csv", bytes(bom), false, ActivityImport.Progress.NONE);
		assertThat(b.errors()).isEmpty();
		assertThat(b.lines()).extracting(ImportReport.Line::row).containsExactly(2, 4);
		ActivityDetail a = activities.find(partner, idOf("T-ENC-2"));
		assertThat(a.title().es()).isEqualTo("Atención");
		assertThat(a.description().es()).isEqualTo("Primera línea\nSegunda línea");
	}

	@Test
	void theApiDryRunReportsWithoutSavingAndTheRealRunSaves() throws Exception {
		byte[] csv = bytes(HEADER + ",budget_usd\n" + row("T-API-IMP-1", "Por la API", "100", "GTM") + ",100\n");
		long before = count();
		mvc.perform(apiImport("api.csv", csv, true))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.errors").isEmpty())
			.andExpect(jsonPath("$.notices[0].message").value(containsString("budget_usd")));
		assertThat(count()).isEqualTo(before);
		mvc.perform(apiImport("api.csv", csv, false)).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
		assertThat(count()).isEqualTo(before + 1);
		mvc.perform(apiImport("api.csv", csv, false)).andExpect(status().isOk()).andExpect(jsonPath("$.updated").value(1));
		assertThat(count()).isEqualTo(before + 1);
		assertThatThrownBy(() -> importing.run(new Actor("demo.member", Set.of()), "api.csv", csv, true,
				ActivityImport.Progress.NONE)).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void anUploadIsValidatedInTheBackgroundThenConfirmedByItsOwner() throws Exception {
		String csv = HEADER + "\n" + row("T-JOB-1", "Por la página", "10", "GTM") + "\n";
		String location = mvc
			.perform(multipart("/activities/import").file(new MockMultipartFile("file", "job.csv", "text/csv", bytes(csv)))
				.with(user(users.loadUserByUsername("demo.partner.iom")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		ImportJob validated = settled(id);
		assertThat(validated.status()).isEqualTo(Status.VALIDATED);
		assertThat(validated.confirmable()).isTrue();
		assertThat(count("T-JOB-1")).isZero();
		mvc.perform(get("/activities/import/" + id).with(user(users.loadUserByUsername("demo.partner.iom")))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("se creará 1 actividad y no se actualizará ninguna")))
			.andExpect(content().string(containsString("/activities/import/" + id + "/confirm")));
		mvc.perform(get("/activities/import/" + id).with(user(users.loadUserByUsername("demo.focal.gt"))))
			.andExpect(status().isNotFound());
		assertThatThrownBy(() -> jobs.find(new Actor("demo.focal.gt", Set.of()), id))
			.isInstanceOf(NotFoundException.class);

		mvc.perform(post("/activities/import/" + id + "/confirm").with(user(users.loadUserByUsername("demo.partner.iom")))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(settled(id).status()).isEqualTo(Status.IMPORTED);
		assertThat(count("T-JOB-1")).isEqualTo(1);
		mvc.perform(get("/activities/import/" + id).with(user(users.loadUserByUsername("demo.partner.iom")))
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/activities/" + idOf("T-JOB-1"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
	}

	@Test
	void aRunningJobShowsAProgressBarThatPollsAndWorksWithoutJavaScript() throws Exception {
		long id = jdbc.sql("""
				insert into activity_import_job (owner, file_name, bytes, content, status, total_rows, done_rows)
				values ('demo.partner.iom', 'long.csv', 1, '\\x41', 'VALIDATING', 200, 50) returning id""")
			.query(Long.class)
			.single();
		mvc.perform(get("/activities/import/" + id).with(user(users.loadUserByUsername("demo.partner.iom"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<progress max=\"100\" value=\"25\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
			.andExpect(content().string(containsString("http-equiv=\"refresh\"")));
		mvc.perform(get("/activities/import/" + id)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/activities/import/" + id).with(user(users.loadUserByUsername("demo.admin"))))
			.andExpect(status().isOk());
	}

	@Test
	void templatesCarryTheHeaderAndHxlRowsAndImportNothing() throws Exception {
		byte[] csv = mvc.perform(get("/activities/import/template.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> lines = ActivitySheetReader.decode(csv).lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).startsWith("identifier,title,description,language,status");
		assertThat(lines.get(1)).isEqualTo(HXL);
		byte[] xlsx = mvc.perform(get("/activities/import/template.xlsx").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet data = workbook.getSheetAt(0);
			assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("identifier");
			assertThat(data.getRow(1).getCell(0).getStringCellValue()).isEqualTo("#activity+code");
			assertThat(data.getLastRowNum()).isEqualTo(1);
			assertThat(workbook.getSheetName(1)).isEqualTo("Instrucciones");
		}
		for (byte[] template : List.of(csv, xlsx)) {
			ImportReport report = importing.run(partner, "template", template, true, ActivityImport.Progress.NONE);
			assertThat(report.errors()).extracting(Problem::messageKey).containsExactly("activities.import.noRows");
		}
		mvc.perform(get("/activities/import").with(user(users.loadUserByUsername("demo.partner.iom")))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Télécharger le modèle Excel")))
			.andExpect(content().string(containsString("#country+code+list")));
	}

	private void expectError(String name, byte[] file, String message) throws Exception {
		mvc.perform(apiImport(name, file, false).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString(message))));
	}

	private MockMultipartHttpServletRequestBuilder apiImport(String name, byte[] file, boolean dryRun) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/activities/import")
			.file(new MockMultipartFile("file", name, "application/octet-stream", file));
		request.param("dryRun", String.valueOf(dryRun));
		request.with(user(users.loadUserByUsername("demo.partner.iom")));
		return request;
	}

	private ImportJob settled(long id) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		ImportJob job = jobs.find(partner, id);
		while (job.status().working() && Instant.now().isBefore(until)) {
			Thread.sleep(100);
			job = jobs.find(partner, id);
		}
		return job;
	}

	/** A row of {@link #HEADER}: IOM implements, UNICEF funds. */
	private static String row(String identifier, String title, String budget, String countries) {
		return String.join(",", identifier, title.contains(",") ? "\"" + title + "\"" : title, "Descripción", "es", "2",
				"2025-01-01", "2026-12-31", countries, "IOM", "UNICEF", budget, "USD", "2;23", "10.7");
	}

	/** A workbook in the format, with the HXL row, a date cell and numeric cells; a formula in the budget if given. */
	private static byte[] workbook(String identifier, double budget, String formula) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("activities");
			List<String> columns = List.of("title", "identifier", "language", "status", "planned_start", "countries",
					"implementing_orgs", "budget", "currency");
			Row header = sheet.createRow(0);
			Row hxl = sheet.createRow(1);
			for (int c = 0; c < columns.size(); c++) {
				header.createCell(c).setCellValue(columns.get(c));
				hxl.createCell(c).setCellValue(ActivitySheetColumn.ofHeader(columns.get(c)).orElseThrow().hxl());
			}
			Row row = sheet.createRow(2);
			row.createCell(0).setCellValue("Actividad en Excel");
			row.createCell(1).setCellValue(identifier);
			row.createCell(2).setCellValue("es");
			row.createCell(3).setCellValue(2);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			row.createCell(4).setCellValue(LocalDate.of(2025, 3, 1));
			row.getCell(4).setCellStyle(date);
			row.createCell(5).setCellValue("GTM");
			row.createCell(6).setCellValue("IOM");
			if (formula == null) {
				row.createCell(7).setCellValue(budget);
			}
			else {
				row.createCell(7).setCellFormula(formula);
			}
			row.createCell(8).setCellValue("USD");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The workbook with its sheet swapped for 60 MB of blanks: a few dozen kilobytes that unpack hugely. */
	private static byte[] zipBomb(byte[] workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			byte[] blanks = new byte[1024 * 1024];
			Arrays.fill(blanks, (byte) ' ');
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					for (int i = 0; i < 60; i++) {
						zip.write(blanks);
					}
				}
				else {
					in.transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		assertThat(out.size()).isLessThan(ActivityImport.MAX_BYTES / 10);
		return out.toByteArray();
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	private long idOf(String identifier) {
		return jdbc.sql("select id from activity where lower(identifier) = lower(?)").param(identifier).query(Long.class).single();
	}

	private long count() {
		return jdbc.sql("select count(*) from activity").query(Long.class).single();
	}

	private long count(String identifier) {
		return jdbc.sql("select count(*) from activity where identifier = ?").param(identifier).query(Long.class).single();
	}
}
