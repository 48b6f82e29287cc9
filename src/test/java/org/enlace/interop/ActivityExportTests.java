package org.enlace.interop;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.enlace.activities.ActivityDraft;
import org.enlace.activities.ActivityDraft.Location;
import org.enlace.activities.ActivityDraft.OtherIdentifier;
import org.enlace.activities.ActivityDraft.Participant;
import org.enlace.activities.ActivityDraft.RecipientCountry;
import org.enlace.activities.ActivitySheetColumn;
import org.enlace.activities.RecordingActivities;
import org.enlace.activities.RecordingFunding;
import org.enlace.activities.RecordingFunding.TransactionDraft;
import org.enlace.shared.Actor;
import org.enlace.shared.Grant;
import org.enlace.shared.LocalizedText;
import org.enlace.shared.Role;
import org.enlace.support.EnlaceTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Activity exports: the spreadsheet format in CSV and XLSX, IATI 2.03 XML against the official schema, access. */
@EnlaceTest
class ActivityExportTests {

	static final Actor ADMIN = new Actor("activity-export-tests", Set.of(new Grant(Role.ADMIN, null)));

	static final String SEED = "XM-DAC-47066-PO.0160";

	static final String CSV_URL = "/api/v1/export/activities.csv";

	static final String XLSX_URL = "/api/v1/export/activities.xlsx";

	static final String IATI_URL = "/api/v1/export/iati-activities.xml";

	static final String MEMBERS_ONLY_MEASURE = "RCM-2026-WP-1.1";

	static final String RICH = "XM-DAC-47066-T-EXPORT-RICH";

	static final String HOSTILE = "Título <&\" con\u0001 control";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	RecordingActivities recording;

	@Autowired
	RecordingFunding funding;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCsvHasTheSheetColumnsInOrderThenTheExtrasWithAnHxlRow() throws Exception {
		var response = mvc.perform(get(CSV_URL)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("enlace-activities-");
		List<CSVRecord> rows = csv(response.getContentAsByteArray());
		List<String> expected = new ArrayList<>(Stream.of(ActivitySheetColumn.values()).map(ActivitySheetColumn::header).toList());
		expected.addAll(List.of("budget_usd", "committed_usd", "disbursed_usd", "approved_percent", "url"));
		assertThat(rows.get(0).values()).containsExactlyElementsOf(expected);
		assertThat(rows.get(1).values()).allMatch(tag -> tag.startsWith("#"));
		assertThat(rows.get(1).get(9)).isEqualTo(ActivitySheetColumn.COUNTRIES.hxl());
	}

	@Test
	void theCsvCarriesTheSeedProjectAsTheImportReadsIt() throws Exception {
		Map<String, String> seed = row(csv(download(get(CSV_URL))), SEED).orElseThrow();
		assertThat(seed.get("title")).startsWith("Plateforme virtuelle de coordination");
		assertThat(seed.get("language")).isEqualTo("fr");
		assertThat(seed.get("status")).isEqualTo("4");
		assertThat(seed.get("planned_start")).isEqualTo("2020-01-01");
		assertThat(seed.get("actual_end")).isEqualTo("2021-12-31");
		assertThat(seed.get("countries").split(";")).hasSize(8).contains("BLZ:12.5", "GTM:12.5", "NIC:12.5");
		assertThat(seed.get("implementing_orgs")).isEqualTo("IOM");
		assertThat(seed.get("funding_orgs")).isEqualTo("IOM");
		assertThat(new BigDecimal(seed.get("budget"))).isEqualByComparingTo("100000");
		assertThat(seed.get("budget")).matches("\\d+(\\.\\d+)?");
		assertThat(seed.get("currency")).isEqualTo("USD");
		assertThat(seed.get("gcm_objectives")).isEqualTo("3;23");
		assertThat(seed.get("sdg_targets")).isEqualTo("10.7;17.18");
		assertThat(seed.get("measures")).isEqualTo("RCM-2019-SP-3.2");
		assertThat(new BigDecimal(seed.get("committed_usd"))).isEqualByComparingTo("100000");
		assertThat(seed.get("url")).matches("https?://.+/activities/\\d+");
		Map<String, String> consular = row(csv(download(get(CSV_URL))), "DEMO-ENLACE-0001").orElseThrow();
		assertThat(consular.get("countries")).isEqualTo("GTM:60;HND:40");
		assertThat(consular.get("funding_orgs")).isEqualTo("AECID");
		assertThat(consular.get("implementing_orgs").split(";")).containsExactlyInAnyOrder("IOM", "IGM");
		// the 55 % report is only submitted: the latest approved one says 30 %
		assertThat(consular.get("approved_percent")).isEqualTo("30");
	}

	@Test
	void filtersNarrowTheRows() throws Exception {
		List<String> costaRica = identifiers(csv(download(get(CSV_URL).param("country", "cri"))));
		assertThat(costaRica).contains("DEMO-ENLACE-0003", SEED).doesNotContain("DEMO-ENLACE-0002");
		List<String> pipeline = identifiers(csv(download(get(CSV_URL).param("status", "1"))));
		assertThat(pipeline).contains("DEMO-ENLACE-0002").doesNotContain(SEED, "DEMO-ENLACE-0001");
		List<String> objective = identifiers(csv(download(get(CSV_URL).param("objective", "14").param("year", "2025"))));
		assertThat(objective).contains("DEMO-ENLACE-0001").doesNotContain(SEED, "DEMO-ENLACE-0002");
	}

	@Test
	void textCellsCannotRunAsFormulas() throws Exception {
		ensure("T-EXPORT-FORMULA", () -> draft("T-EXPORT-FORMULA", LocalizedText.of("=HYPERLINK(\"http://x\")", null, null),
				List.of()));
		Map<String, String> row = row(csv(download(get(CSV_URL))), "T-EXPORT-FORMULA").orElseThrow();
		assertThat(row.get("title")).isEqualTo("'=HYPERLINK(\"http://x\")");
		Sheet sheet = workbook(download(get(XLSX_URL))).getSheetAt(0);
		Row xlsx = xlsxRow(sheet, "T-EXPORT-FORMULA");
		assertThat(xlsx.getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
	}

	@Test
	void aMembersOnlyMeasureIsNamedOnlyToThoseWhoMaySeeIt() throws Exception {
		ensure("T-EXPORT-MEMBERS", () -> draft("T-EXPORT-MEMBERS", LocalizedText.of("Informe regional", null, null),
				List.of(MEMBERS_ONLY_MEASURE, "RCM-2019-SP-3.2")));
		Map<String, String> anonymous = row(csv(download(get(CSV_URL))), "T-EXPORT-MEMBERS").orElseThrow();
		assertThat(anonymous.get("measures")).isEqualTo("RCM-2019-SP-3.2");
		Map<String, String> member = row(csv(download(get(CSV_URL).with(user(users.loadUserByUsername("demo.member"))))),
				"T-EXPORT-MEMBERS")
			.orElseThrow();
		assertThat(member.get("measures").split(";")).containsExactlyInAnyOrder(MEMBERS_ONLY_MEASURE, "RCM-2019-SP-3.2");
		Row xlsx = xlsxRow(workbook(download(get(XLSX_URL))).getSheetAt(0), "T-EXPORT-MEMBERS");
		assertThat(new DataFormatter().formatCellValue(xlsx.getCell(16))).isEqualTo("RCM-2019-SP-3.2");
		// the activity's page and API answer the same way
		long id = jdbc.sql("select id from activity where identifier = 'T-EXPORT-MEMBERS'").query(Long.class).single();
		assertThat(mvc.perform(get("/activities/" + id)).andReturn().getResponse().getContentAsString())
			.contains("RCM-2019-SP-3.2").doesNotContain(MEMBERS_ONLY_MEASURE);
		assertThat(mvc.perform(get("/api/v1/activities/" + id)).andReturn().getResponse().getContentAsString())
			.contains("RCM-2019-SP-3.2").doesNotContain(MEMBERS_ONLY_MEASURE);
		assertThat(mvc.perform(get("/activities/" + id).with(user(users.loadUserByUsername("demo.member"))))
			.andReturn().getResponse().getContentAsString()).contains(MEMBERS_ONLY_MEASURE);
	}

	@Test
	void theWorkbookHoldsTheSameRowsAsTheCsvUnderFrozenHeaders() throws Exception {
		List<CSVRecord> rows = csv(download(get(CSV_URL).param("country", "GTM")));
		Sheet sheet = workbook(download(get(XLSX_URL).param("country", "GTM").header("Accept-Language", "es"))).getSheetAt(0);
		assertThat(sheet.getSheetName()).isEqualTo("Actividades");
		assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
		assertThat(sheet.getLastRowNum() + 1).isEqualTo(rows.size());
		DataFormatter format = new DataFormatter();
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.getRow(r);
			CSVRecord expected = rows.get(r);
			for (int c : new int[] { 0, 1, 3, 4, 5, 9, 10, 11, 13, 14, 15 }) {
				assertThat(format.formatCellValue(row.getCell(c))).as("row %d column %d", r, c).isEqualTo(expected.get(c));
			}
			if (r >= 2 && !expected.get(12).isEmpty()) {
				assertThat(BigDecimal.valueOf(row.getCell(12).getNumericCellValue()))
					.isEqualByComparingTo(new BigDecimal(expected.get(12)));
			}
		}
		assertThat(identifiers(rows)).contains(SEED, "DEMO-ENLACE-0001");
	}

	@Test
	void theIatiFileValidatesAgainstTheOfficialSchemaAndCarriesTheFacts() throws Exception {
		ensureRichActivity();
		byte[] xml = download(get(IATI_URL));
		validate(xml);
		Document doc = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		var xpath = XPathFactory.newInstance().newXPath();
		String rich = "/iati-activities/iati-activity[iati-identifier='" + RICH + "']";
		assertThat(xpath.evaluate("/iati-activities/@version", doc)).isEqualTo("2.03");
		assertThat(texts(xpath, doc, rich + "/recipient-country/@code")).containsExactly("GT", "HN", "SV");
		assertThat(texts(xpath, doc, rich + "/recipient-country/@percentage")).containsExactly("50", "30", "20");
		assertThat(texts(xpath, doc, rich + "/transaction/transaction-type/@code")).containsExactly("2", "3", "4");
		assertThat(texts(xpath, doc, rich + "/transaction/value")).containsExactly("5000.00", "2500.50", "1200.00");
		assertThat(xpath.evaluate(rich + "/transaction[1]/provider-org/@ref", doc)).isEqualTo("XM-DAC-41122");
		assertThat(xpath.evaluate(rich + "/reporting-org/@ref", doc)).isEqualTo("XM-DAC-47066");
		assertThat(xpath.evaluate(rich + "/reporting-org/@type", doc)).isEqualTo("40");
		assertThat(texts(xpath, doc, rich + "/activity-date/@type")).containsExactly("1", "2", "3", "4");
		assertThat(texts(xpath, doc, rich + "/title/narrative/@*[local-name()='lang']")).containsExactly("es", "en", "fr");
		assertThat(xpath.evaluate(rich + "/title/narrative[1]", doc)).isEqualTo("Título <&\" con control");
		assertThat(xpath.evaluate(rich + "/@default-currency", doc)).isEqualTo("USD");
		assertThat(xpath.evaluate(rich + "/location[1]/point/pos", doc)).isEqualTo("14.634915 -90.506882");
		assertThat(texts(xpath, doc, rich + "/sector/@code")).containsExactly("14", "21");
		assertThat(texts(xpath, doc, rich + "/tag/@code")).containsExactly("10.7");
		assertThat(xpath.evaluate(rich + "/budget/value/@value-date", doc)).isEqualTo("2025-01-01");
		String seed = "/iati-activities/iati-activity[iati-identifier='" + SEED + "']";
		assertThat(texts(xpath, doc, seed + "/recipient-country/@code")).hasSize(8).contains("BZ", "DO", "NI");
		assertThat(xpath.evaluate(seed + "/reporting-org/@ref", doc)).isEqualTo("XM-DAC-47066");
		assertThat(xpath.evaluate(seed + "/@*[local-name()='lang']", doc)).isEqualTo("fr");
		assertThat(xpath.evaluate(seed + "/transaction/value", doc)).isEqualTo("100000.00");
		assertThat(xpath.evaluate(seed + "/@last-updated-datetime", doc)).isNotBlank();
	}

	@Test
	void aFilteredIatiFileValidatesToo() throws Exception {
		byte[] xml = download(get(IATI_URL).param("country", "CRI"));
		validate(xml);
		assertThat(new String(xml, StandardCharsets.UTF_8)).contains("DEMO-ENLACE-0003").doesNotContain("DEMO-ENLACE-0002");
	}

	@Test
	void malformedFiltersAreATranslatedBadRequest() throws Exception {
		for (String url : List.of(CSV_URL, XLSX_URL, IATI_URL)) {
			for (String[] bad : List.of(new String[] { "country", "GT1" }, new String[] { "organization", "abc" },
					new String[] { "year", "20x5" }, new String[] { "role", "9" }, new String[] { "objective", "24" },
					new String[] { "status", "0" }, new String[] { "mechanism", "<script>" })) {
				String body = mvc.perform(get(url).param(bad[0], bad[1]).header("Accept-Language", "es"))
					.andExpect(status().isBadRequest())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
				assertThat(body).as(url + " " + bad[0]).contains("El filtro").contains(bad[0]);
			}
		}
		mvc.perform(get(CSV_URL).param("year", "soon").header("Accept", "text/csv").header("Accept-Language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Le filtre")));
	}

	@Test
	void anExportImportsAgainUnchangedAsUpdatesOnly() throws Exception {
		var admin = user(users.loadUserByUsername("demo.admin"));
		for (String url : List.of(CSV_URL, XLSX_URL)) {
			byte[] exported = download(get(url).with(admin));
			long rows = jdbc.sql("select count(*) from activity").query(Long.class).single();
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/activities/import")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "export", "application/octet-stream", exported))
				.param("dryRun", "true")
				.with(admin))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.valid").value(true))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.created").value(0))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.updated").value((int) rows));
		}
	}

	@Test
	void anIatiExportThatWouldHoldNoActivityIsRefusedRatherThanInvalid() throws Exception {
		String body = mvc.perform(get(IATI_URL).param("year", "1901").header("Accept-Language", "es"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("Ninguna actividad coincide");
		// the spreadsheets are fine empty: just the two header rows
		assertThat(csv(download(get(CSV_URL).param("year", "1901")))).hasSize(2);
	}

	@Test
	void theActivitiesPageLinksTheDownloadsWithItsFilters() throws Exception {
		String html = mvc.perform(get("/activities").param("country", "GTM").param("status", "2").param("mechanism", "RCM"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> links = Jsoup.parse(html).select("a[href*=/api/v1/export/]").eachAttr("href");
		assertThat(links).containsExactly("/api/v1/export/activities.csv?country=GTM&mechanism=RCM&status=2",
				"/api/v1/export/activities.xlsx?country=GTM&mechanism=RCM&status=2",
				"/api/v1/export/iati-activities.xml?country=GTM&mechanism=RCM&status=2");
		String unfiltered = mvc.perform(get("/activities")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(unfiltered).select("a[href*=/api/v1/export/]").eachAttr("href"))
			.contains("/api/v1/export/activities.csv");
	}

	private void ensureRichActivity() {
		if (exists(RICH)) {
			return;
		}
		long id = recording.create(ADMIN, new ActivityDraft(RICH,
				List.of(new OtherIdentifier("Proyecto", "P-1 <&>")),
				LocalizedText.of(HOSTILE, "Title in English", "Titre en français"),
				LocalizedText.of("Descripción con <etiquetas> & \"comillas\"", "Description", "Description française"),
				"es", 2, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2025, 2, 1),
				LocalDate.of(2026, 11, 30),
				List.of(new Participant("UNICEF", 1), new Participant("IOM", 2), new Participant("DGME-SV", 3),
						new Participant("IGM", 4)),
				List.of(new RecipientCountry("GTM", new BigDecimal("50")), new RecipientCountry("HND", new BigDecimal("30")),
						new RecipientCountry("SLV", new BigDecimal("20"))),
				new BigDecimal("9000.00"), "USD", List.of(14, 21), List.of("10.7"),
				List.of(new Location("Ciudad de Guatemala", new BigDecimal("14.634915"), new BigDecimal("-90.506882")),
						new Location("Frontera <norte>", null, null)),
				List.of()));
		funding.addTransaction(ADMIN, id, new TransactionDraft(2, LocalDate.of(2025, 1, 15), "UNICEF", null, "IOM", null,
				new BigDecimal("5000.00"), "USD"));
		funding.addTransaction(ADMIN, id, new TransactionDraft(3, LocalDate.of(2025, 3, 1), "IOM", null, null,
				"Socio local \u0007", new BigDecimal("2500.50"), "USD"));
		funding.addTransaction(ADMIN, id, new TransactionDraft(4, LocalDate.of(2025, 6, 30), null, null, null, null,
				new BigDecimal("1200.00"), "USD"));
	}

	private void ensure(String identifier, java.util.function.Supplier<ActivityDraft> draft) {
		if (!exists(identifier)) {
			recording.create(ADMIN, draft.get());
		}
	}

	private boolean exists(String identifier) {
		return jdbc.sql("select count(*) from activity where identifier = ?").param(identifier).query(Long.class).single() > 0;
	}

	private static ActivityDraft draft(String identifier, LocalizedText title, List<String> measures) {
		return new ActivityDraft(identifier, List.of(), title, null, "es", 2, LocalDate.of(2025, 1, 1),
				LocalDate.of(2026, 1, 1), null, null, List.of(new Participant("IOM", 4)),
				List.of(new RecipientCountry("GTM", null)), new BigDecimal("1000"), "USD", List.of(23), List.of(),
				List.of(), measures);
	}

	/** Validates with the schema copied into the tests; only local files may be read, so no network is used. */
	private static void validate(byte[] xml) throws Exception {
		URL xsd = ActivityExportTests.class.getResource("/iati-2.03/iati-activities-schema.xsd");
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		var validator = factory.newSchema(new StreamSource(xsd.openStream(), xsd.toExternalForm())).newValidator();
		validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
	}

	private static List<String> texts(javax.xml.xpath.XPath xpath, Document doc, String expression) throws Exception {
		NodeList nodes = (NodeList) xpath.evaluate(expression, doc, XPathConstants.NODESET);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	private byte[] download(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private static List<CSVRecord> csv(byte[] bytes) throws Exception {
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
	}

	/** The activity's row as column name → cell. */
	private static Optional<Map<String, String>> row(List<CSVRecord> rows, String identifier) {
		List<String> header = rows.get(0).toList();
		return rows.stream().skip(2).filter(r -> r.get(0).equals(identifier)).findFirst().map(r -> {
			Map<String, String> named = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				named.put(header.get(i), r.get(i));
			}
			return named;
		});
	}

	private static List<String> identifiers(List<CSVRecord> rows) {
		return rows.stream().skip(2).map(r -> r.get(0)).toList();
	}

	private static XSSFWorkbook workbook(byte[] bytes) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	private static Row xlsxRow(Sheet sheet, String identifier) {
		for (Row row : sheet) {
			if (row.getRowNum() >= 2 && identifier.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + identifier);
	}
}
