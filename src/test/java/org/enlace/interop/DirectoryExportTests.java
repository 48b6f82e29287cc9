package org.enlace.interop;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.enlace.directory.ContactDetails;
import org.enlace.directory.Directory;
import org.enlace.shared.Actor;
import org.enlace.shared.Grant;
import org.enlace.shared.Role;
import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EnlaceTest
class DirectoryExportTests {

	static final String DEMO_MAIL = "@demo.enlace.example";

	static final Actor ADMIN = new Actor("export-tests", Set.of(new Grant(Role.ADMIN, null)));

	static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCsvIsAnAttachmentWithAByteOrderMarkAHeaderAndAnHxlRow() throws Exception {
		MockHttpServletResponse response = download(get("/directory/export.csv").header("Accept-Language", "en"));
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("enlace-directory-" + LocalDate.now() + ".csv");
		byte[] bytes = response.getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<CSVRecord> rows = csv(bytes);
		assertThat(rows.get(0).values()).contains("Record type", "Organisation", "E-mail");
		assertThat(rows.get(1).values()).allMatch(tag -> tag.startsWith("#"))
			.contains("#meta+type", "#org+name", "#org+acronym", "#country+code", "#contact+name", "#contact+email",
					"#contact+phone", "#org+type", "#date+verified");
		assertThat(rows.stream().skip(2).map(r -> r.get(0)).distinct()).containsExactlyInAnyOrder("organization",
				"contact", "position");
		assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
	}

	@Test
	void spanishAccentsSurviveInUtf8() throws Exception {
		byte[] bytes = download(get("/directory/export.csv?country=GTM").header("Accept-Language", "es"))
			.getContentAsByteArray();
		List<CSVRecord> rows = csv(bytes);
		assertThat(rows.get(0).values()).contains("Organización", "Correo electrónico", "País");
		assertThat(column(rows, "#org+name")).contains("Instituto Guatemalteco de Migración");
		assertThat(column(rows, "#country+name")).contains("Guatemala");
		String french = new String(download(get("/directory/export.csv?country=HND").header("Accept-Language", "fr"))
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(french).contains("Téléphone", "Dernière vérification");
	}

	@Test
	void theSearchParametersNarrowTheExport() throws Exception {
		List<CSVRecord> rows = csv(download(get("/directory/export.csv?type=contact&country=GTM")).getContentAsByteArray());
		assertThat(column(rows, "#meta+type")).isNotEmpty().containsOnly("contact");
		assertThat(column(rows, "#country+code")).containsOnly("GTM");
		List<CSVRecord> found = csv(download(get("/directory/export.csv?q=migracion guatemala&type=ORGANIZATION"))
			.getContentAsByteArray());
		assertThat(column(found, "#org+acronym")).contains("IGM").doesNotContain("IOM");
		List<CSVRecord> seats = csv(download(get("/directory/export.csv?type=POSITION&mechanism=RCM&body=RLO-CP"))
			.getContentAsByteArray());
		assertThat(column(seats, "#org+body")).isNotEmpty().containsOnly("RLO-CP");
	}

	@Test
	void anonymousExportsCarryNoContactDetails() throws Exception {
		String csv = new String(download(get("/directory/export.csv")).getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).contains("#contact+email").doesNotContain(DEMO_MAIL);
		assertThat(column(csv(csv.getBytes(StandardCharsets.UTF_8)), "#contact+email")).containsOnly("");
		assertThat(cells(workbook(download(get("/directory/export.xlsx"))))).noneMatch(v -> v.contains(DEMO_MAIL));
	}

	@Test
	void signedInExportsCarryContactDetails() throws Exception {
		String csv = new String(download(get("/directory/export.csv").with(member())).getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains(DEMO_MAIL);
		assertThat(cells(workbook(download(get("/directory/export.xlsx").with(member())))))
			.anyMatch(v -> v.contains(DEMO_MAIL));
	}

	@Test
	void formulasTypedIntoTheDirectoryAreNeutralised() throws Exception {
		String family = uniqueWord();
		for (String formula : FORMULAS) {
			directory.createContact(ADMIN, new ContactDetails(null, formula, family, formula, null, null, null, null,
					null), false);
		}
		List<CSVRecord> rows = csv(
				download(get("/directory/export.csv?type=CONTACT&q=" + family)).getContentAsByteArray());
		List<String> names = column(rows, "#contact+name");
		List<String> titles = column(rows, "#contact+job_title");
		assertThat(names).hasSize(FORMULAS.size());
		for (String formula : FORMULAS) {
			assertThat(names).contains("'" + formula + " " + family);
			assertThat(titles).contains("'" + formula);
		}
		try (XSSFWorkbook book = workbook(download(get("/directory/export.xlsx?type=CONTACT&q=" + family)))) {
			assertThat(book.getNumberOfSheets()).isOne();
			List<String> values = cells(book);
			for (String formula : FORMULAS) {
				assertThat(values).contains("'" + formula + " " + family).doesNotContain(formula);
			}
			book.getSheetAt(0).forEach(row -> row.forEach(cell -> assertThat(cell.getCellType())
				.isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA)));
		}
	}

	@Test
	void theWorkbookHasASheetPerKindWithBoldHeadersAndHxlRows() throws Exception {
		MockHttpServletResponse response = download(get("/directory/export.xlsx").header("Accept-Language", "en"));
		assertThat(response.getContentType()).isEqualTo(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.contains("enlace-directory-" + LocalDate.now() + ".xlsx");
		try (XSSFWorkbook book = workbook(response)) {
			assertThat(book.getNumberOfSheets()).isEqualTo(3);
			assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
				.containsExactly("Organisations", "Contacts", "Positions");
			for (Sheet sheet : book) {
				Row header = sheet.getRow(0);
				Row tags = sheet.getRow(1);
				assertThat(header.getLastCellNum()).isEqualTo(tags.getLastCellNum());
				for (Cell cell : header) {
					assertThat(cell.getStringCellValue()).isNotBlank();
					assertThat(book.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
				}
				for (Cell cell : tags) {
					assertThat(cell.getStringCellValue()).startsWith("#");
				}
				assertThat(sheet.getLastRowNum()).as(sheet.getSheetName()).isGreaterThan(2);
				assertThat(sheet.getColumnWidth(1)).isGreaterThan(256 * 10);
			}
			assertThat(text(book.getSheetAt(0).getRow(1))).contains("#org+name", "#org+type", "#country+code");
			assertThat(text(book.getSheetAt(1).getRow(1))).contains("#contact+name", "#contact+email",
					"#contact+phone");
			assertThat(text(book.getSheetAt(2).getRow(1))).contains("#contact+position", "#org+mechanism");
		}
	}

	@Test
	void badSearchParametersAreRefused() throws Exception {
		for (String uri : List.of("/directory/export.csv?type=PLANET", "/directory/export.xlsx?kind=ALIENS",
				"/directory/export.csv?theme=abc", "/directory/export.csv?theme=99", "/directory/export.csv?country=X1")) {
			mvc.perform(get(uri)).andExpect(status().isBadRequest());
		}
	}

	@Test
	void aContactCardHasContactDetailsOnlyForSignedInUsers() throws Exception {
		long contact = jdbc.sql("select min(id) from contact where demo and email like '%" + DEMO_MAIL + "'")
			.query(Long.class)
			.single();
		MockHttpServletResponse anonymous = download(get("/contacts/" + contact + "/vcard"));
		assertThat(anonymous.getContentType()).startsWith("text/vcard");
		assertThat(anonymous.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("contact-" + contact + ".vcf");
		String card = anonymous.getContentAsString(StandardCharsets.UTF_8);
		assertThat(card).startsWith("BEGIN:VCARD").contains("VERSION:4.0", "FN:", "N:", "ORG:", "TITLE:")
			.doesNotContain("EMAIL", "TEL", DEMO_MAIL);
		String signedIn = download(get("/contacts/" + contact + "/vcard").with(member()))
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(signedIn).contains("EMAIL", DEMO_MAIL, "TEL");
		mvc.perform(get("/contacts/999999999/vcard")).andExpect(status().isNotFound());
		mvc.perform(get("/contacts/abc/vcard")).andExpect(status().isNotFound());
	}

	private MockHttpServletResponse download(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor member() {
		return user(users.loadUserByUsername("demo.member"));
	}

	private static List<CSVRecord> csv(byte[] bytes) throws Exception {
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
	}

	/** The values of the column with this HXL tag, in the data rows. */
	private static List<String> column(List<CSVRecord> rows, String tag) {
		int index = rows.get(1).toList().indexOf(tag);
		assertThat(index).as("column " + tag).isNotNegative();
		return rows.stream().skip(2).map(r -> r.get(index)).toList();
	}

	private static XSSFWorkbook workbook(MockHttpServletResponse response) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	private static List<String> cells(XSSFWorkbook book) {
		DataFormatter formatter = new DataFormatter();
		List<String> values = new ArrayList<>();
		book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> values.add(formatter.formatCellValue(cell)))));
		return values;
	}

	private static List<String> text(Row row) {
		List<String> values = new ArrayList<>();
		row.forEach(cell -> values.add(cell.getStringCellValue()));
		return values;
	}

	private static String uniqueWord() {
		Random random = new Random();
		StringBuilder word = new StringBuilder("Quetzal");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}
}
