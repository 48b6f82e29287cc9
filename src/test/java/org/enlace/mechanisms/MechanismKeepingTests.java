package org.enlace.mechanisms;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.enlace.support.DatabaseFingerprint;
import org.enlace.support.EnlaceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Keeping mechanisms through the pages: who may, what is checked, and what the history shows. */
@EnlaceTest
class MechanismKeepingTests {

	static final String RCM = "demo.secretariat.rcm";

	static final String OCAM = "demo.secretariat.ocam";

	static final String ADMIN = "demo.admin";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void rcmSecretariatEditsAnRcmBodyAndSeesItInTheHistory() throws Exception {
		Map<String, String> form = formAt("/mechanisms/RCM/bodies/WG-LM/edit", RCM);
		form.put("nameEn", "Working group on labour migration (reviewed)");

		MockHttpServletResponse saved = send("/mechanisms/RCM/bodies/WG-LM/edit", RCM, form, "en");

		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/mechanisms/RCM");
		Document page = page("/mechanisms/RCM", RCM, "en");
		assertThat(page.select("table td").text()).contains("Working group on labour migration (reviewed)");
		String history = page.select("section.history").text();
		assertThat(history).contains("body[WG-LM].name.en", "Working group on labour migration (reviewed)", RCM);
	}

	@Test
	void ocamSecretariatIsRefusedAnRcmBodyAndNothingChanges() throws Exception {
		Map<String, String> form = formAt("/mechanisms/RCM/bodies/WG-IMM/edit", ADMIN);
		form.put("nameEn", "Renamed by the wrong secretariat");
		String before = DatabaseFingerprint.of(jdbc);

		assertThat(send("/mechanisms/RCM/bodies/WG-IMM/edit", OCAM, form, "en").getStatus()).isEqualTo(403);
		assertThat(send("/mechanisms/RCM/bodies/WG-IMM/delete", OCAM, Map.of(), "en").getStatus()).isEqualTo(403);
		assertThat(send("/mechanisms/RCM/edit", OCAM, Map.of("nameEn", "x", "kind", "y", "version", "0"), "en")
			.getStatus()).isEqualTo(403);

		assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
	}

	@Test
	void editLinksAreShownOnlyToKeepers() throws Exception {
		assertThat(page("/mechanisms/RCM", RCM, "en").select("a[href=/mechanisms/RCM/edit]")).hasSize(1);
		assertThat(page("/mechanisms/RCM", ADMIN, "en").select("a[href=/mechanisms/RCM/bodies/new]")).hasSize(1);
		Document asOcam = page("/mechanisms/RCM", OCAM, "en");
		assertThat(asOcam.select("a[href^=/mechanisms/RCM/][href$=/edit], a[href$=/new], form[action$=/delete]"))
			.isEmpty();
		assertThat(page("/mechanisms/OCAM", OCAM, "en").select("a[href=/mechanisms/OCAM/edit]")).hasSize(1);
	}

	@Test
	void adminKeepsEveryMechanism() throws Exception {
		Map<String, String> facts = formAt("/mechanisms/CORETT/edit", ADMIN);
		facts.put("notes", "Reviewed by the platform administrator.");
		assertThat(send("/mechanisms/CORETT/edit", ADMIN, facts, "en").getStatus()).isEqualTo(302);

		Map<String, String> body = Map.of("code", "ADMIN-WG", "nameEs", "Grupo creado por la administración",
				"kind", "WORKING_GROUP");
		assertThat(send("/mechanisms/SICA/bodies/new", ADMIN, body, "en").getStatus()).isEqualTo(302);

		assertThat(page("/mechanisms/CORETT", ADMIN, "en").select("dd").text())
			.contains("Reviewed by the platform administrator.");
		Document sica = page("/mechanisms/SICA", ADMIN, "es");
		assertThat(sica.select("table td").text()).contains("Grupo creado por la administración", "ADMIN-WG");
		assertThat(sica.select("section.history").text()).contains("body[ADMIN-WG].code", ADMIN);
	}

	@Test
	void validationErrorsAreTranslatedAndShownNextToTheirFields() throws Exception {
		Map<String, String> bad = Map.of("code", "bad code", "nameEs", "x".repeat(301), "notes", "n".repeat(5000));

		Document es = Jsoup.parse(send("/mechanisms/RCM/bodies/new", RCM, bad, "es").getContentAsString());
		assertThat(error(es, "code")).isEqualTo("Use de 1 a 16 letras mayúsculas, cifras o guiones.");
		assertThat(error(es, "nameEs")).isEqualTo("Demasiado largo: 300 caracteres como máximo.");
		assertThat(error(es, "notes")).isEqualTo("Demasiado largo: 4000 caracteres como máximo.");
		assertThat(error(es, "kind")).isEqualTo("Este dato es obligatorio.");
		assertThat(es.getElementById("code").attr("aria-invalid")).isEqualTo("true");
		assertThat(es.getElementById("code").val()).isEqualTo("bad code");

		Document en = Jsoup.parse(send("/mechanisms/RCM/bodies/new", RCM,
				Map.of("code", "NO-NAME", "kind", "NETWORK"), "en").getContentAsString());
		assertThat(error(en, "nameEs")).isEqualTo("Give the name in at least one language.");

		Map<String, String> facts = formAt("/mechanisms/CORETT/edit", ADMIN);
		facts.put("established", String.valueOf(LocalDate.now().getYear() + 1));
		facts.put("kind", " ");
		Document future = Jsoup.parse(send("/mechanisms/CORETT/edit", ADMIN, facts, "en").getContentAsString());
		assertThat(error(future, "kind")).isEqualTo("This is required.");
		facts.put("kind", "regional coalition");
		future = Jsoup.parse(send("/mechanisms/CORETT/edit", ADMIN, facts, "fr").getContentAsString());
		assertThat(error(future, "established")).isEqualTo("Indiquez une année entre 1900 et l'année en cours.");
		facts.put("established", "nineteen");
		Document notANumber = Jsoup.parse(send("/mechanisms/CORETT/edit", ADMIN, facts, "en").getContentAsString());
		assertThat(error(notANumber, "established")).isEqualTo("Enter a whole number.");
		assertThat(notANumber.getElementById("established").val()).isEqualTo("nineteen");
	}

	@Test
	void refusesAnOverlappingMembershipAndWrongPeriods() throws Exception {
		long before = count("mechanism_membership");

		Document overlap = Jsoup.parse(send("/mechanisms/RCM/memberships/new", RCM,
				Map.of("countryIso3", "MEX", "status", "OBSERVER", "since", "2020-01-01"), "en").getContentAsString());
		assertThat(error(overlap, "since"))
			.isEqualTo("This country already has a membership in this mechanism during this period. End that one first.");

		Document backwards = Jsoup.parse(send("/mechanisms/RCM/memberships/new", RCM, Map.of("countryIso3", "HTI",
				"status", "MEMBER", "since", "2020-01-02", "until", "2020-01-01"), "es").getContentAsString());
		assertThat(error(backwards, "until")).isEqualTo("El último día no puede ser anterior al primero.");

		Document unknown = Jsoup.parse(send("/mechanisms/RCM/memberships/new", RCM,
				Map.of("countryIso3", "XYZ", "status", "MEMBER"), "en").getContentAsString());
		assertThat(error(unknown, "countryIso3")).isEqualTo("Choose a country of the region.");

		assertThat(count("mechanism_membership")).isEqualTo(before);
	}

	@Test
	void endingAMembershipTakesTheCountryOutOfTheMatrixAndANewStandingMayFollow() throws Exception {
		String lastYear = LocalDate.now().minusYears(1).toString();
		String yesterday = LocalDate.now().minusDays(1).toString();
		assertThat(send("/mechanisms/MIRPS/memberships/new", ADMIN,
				Map.of("countryIso3", "NIC", "status", "OBSERVER", "since", lastYear), "en").getStatus()).isEqualTo(302);
		assertThat(matrixCell("NIC", "MIRPS")).isEqualTo("Observer");

		long id = jdbc.sql("""
				select ms.id from mechanism_membership ms join mechanism m on m.id = ms.mechanism_id
				where m.code = 'MIRPS' and ms.country_iso3 = 'NIC'""").query(Long.class).single();
		Map<String, String> form = formAt("/mechanisms/MIRPS/memberships/" + id + "/edit", ADMIN);
		form.put("until", yesterday);
		assertThat(send("/mechanisms/MIRPS/memberships/" + id + "/edit", ADMIN, form, "en").getStatus())
			.isEqualTo(302);
		assertThat(matrixCell("NIC", "MIRPS")).isEqualTo("Takes no part");

		assertThat(send("/mechanisms/MIRPS/memberships/new", ADMIN,
				Map.of("countryIso3", "NIC", "status", "MEMBER", "since", LocalDate.now().toString()), "en")
			.getStatus()).isEqualTo(302);
		assertThat(matrixCell("NIC", "MIRPS")).isEqualTo("Member");
		assertThat(page("/mechanisms/MIRPS", ADMIN, "en").select("section.history").text())
			.contains("membership[NIC#" + id + "].until", yesterday);
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsToldAndKeepsItsInput() throws Exception {
		Map<String, String> first = formAt("/mechanisms/RCM/bodies/WG-PROT/edit", RCM);
		Map<String, String> second = new LinkedHashMap<>(first);
		first.put("nameEn", "Protection working group (first edit)");
		second.put("nameEn", "Protection working group (second edit)");
		second.put("notes", "Notes typed by the second person");

		assertThat(send("/mechanisms/RCM/bodies/WG-PROT/edit", RCM, first, "en").getStatus()).isEqualTo(302);
		MockHttpServletResponse late = send("/mechanisms/RCM/bodies/WG-PROT/edit", ADMIN, second, "en");

		assertThat(late.getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(late.getContentAsString());
		assertThat(form.select("[role=alert]").text()).startsWith("Someone else saved this while you were editing it.");
		assertThat(form.getElementById("nameEn").val()).isEqualTo("Protection working group (second edit)");
		assertThat(form.getElementById("notes").val()).isEqualTo("Notes typed by the second person");
		assertThat(form.select("input[name=version]").val())
			.isEqualTo(String.valueOf(Integer.parseInt(first.get("version")) + 1));
		assertThat(jdbc.sql("""
				select b.name_en from mechanism_body b join mechanism m on m.id = b.mechanism_id
				where m.code = 'RCM' and b.code = 'WG-PROT'""").query(String.class).single())
			.isEqualTo("Protection working group (first edit)");

		// Saving again, now knowingly, replaces the first edit.
		Map<String, String> again = formAt(form);
		assertThat(send("/mechanisms/RCM/bodies/WG-PROT/edit", ADMIN, again, "en").getStatus()).isEqualTo(302);
	}

	@Test
	void hostileInputIsStoredAsTypedAndShownEscaped() throws Exception {
		String script = "<script>alert(\"x\")</script>";
		String quotes = "O'Brien \"quoted\" & <b>bold</b>";
		String rtl = "مجموعة العمل المعنية بالهجرة 🌎";
		Map<String, String> form = new LinkedHashMap<>(Map.of("code", "HOSTILE-1", "nameEs", script, "nameEn", quotes,
				"nameFr", rtl, "kind", "AD_HOC_GROUP", "notes", "x".repeat(5000)));

		MockHttpServletResponse refused = send("/mechanisms/RCM/bodies/new", RCM, form, "en");
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).doesNotContain(script).contains("&lt;script&gt;");
		assertThat(Jsoup.parse(refused.getContentAsString()).getElementById("nameFr").val()).isEqualTo(rtl);

		form.put("notes", "שלום 👋 \u202Ereversed\u202C");
		assertThat(send("/mechanisms/RCM/bodies/new", RCM, form, "en").getStatus()).isEqualTo(302);

		for (String language : new String[] { "es", "en", "fr" }) {
			String html = mvc.perform(get("/mechanisms/RCM").header("Accept-Language", language))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).doesNotContain(script).doesNotContain("<b>bold</b>").contains("&lt;script&gt;");
		}
		Document page = Jsoup.parse(mvc.perform(get("/mechanisms/RCM").header("Accept-Language", "fr"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("td span[dir=auto]").eachText()).contains(rtl);
		assertThat(page.select("td").text()).contains("שלום 👋");
		assertThat(page.select("section.history").text()).contains(script, quotes);
		assertThat(page.select("script")).allSatisfy(s -> assertThat(s.attr("src")).isNotBlank());
	}

	@Test
	void presidenciesMayNotOverlapAndMakeTheTroika() throws Exception {
		String start = LocalDate.now().minusDays(10).toString();
		String end = LocalDate.now().plusDays(10).toString();
		assertThat(send("/mechanisms/MIRPS/presidencies/new", ADMIN,
				Map.of("countryIso3", "CRI", "startsOn", start, "endsOn", end), "en").getStatus()).isEqualTo(302);
		Document page = page("/mechanisms/MIRPS", ADMIN, "en");
		assertThat(page.select("h2:contains(Presidency troika) + table tbody td").get(1).text()).contains("Costa Rica");

		Document overlap = Jsoup.parse(send("/mechanisms/MIRPS/presidencies/new", ADMIN,
				Map.of("countryIso3", "PAN", "startsOn", end, "endsOn", end), "en").getContentAsString());
		assertThat(error(overlap, "startsOn")).isEqualTo("This period overlaps another presidency of this mechanism.");
		Document backwards = Jsoup.parse(send("/mechanisms/MIRPS/presidencies/new", ADMIN,
				Map.of("countryIso3", "PAN", "startsOn", "2030-02-01", "endsOn", "2030-01-01"), "es").getContentAsString());
		assertThat(error(backwards, "endsOn")).isEqualTo("El final no puede ser anterior al inicio.");

		long id = jdbc.sql("""
				select p.id from mechanism_presidency p join mechanism m on m.id = p.mechanism_id
				where m.code = 'MIRPS' and p.country_iso3 = 'CRI'""").query(Long.class).single();
		assertThat(send("/mechanisms/MIRPS/presidencies/" + id + "/delete", ADMIN, Map.of(), "en").getStatus())
			.isEqualTo(302);
		assertThat(send("/mechanisms/MIRPS/presidencies/" + id + "/delete", ADMIN, Map.of(), "en").getStatus())
			.isEqualTo(404);
		page = page("/mechanisms/MIRPS", ADMIN, "en");
		assertThat(page.select("h2:contains(Presidency troika) + table tbody td").get(1).text()).isEqualTo("Not recorded");
		assertThat(page.select("section.history li").first().text()).contains("deleted", "presidency[CRI#" + id + "]");
	}

	@Test
	void anUnknownPartIsNotFoundAndAVisitorIsSentToSignIn() throws Exception {
		assertThat(send("/mechanisms/RCM/bodies/NOPE/edit", RCM, Map.of("code", "NOPE", "kind", "NETWORK",
				"nameEn", "x", "version", "0"), "en").getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/mechanisms/NOPE/edit").with(user(users.loadUserByUsername(ADMIN))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/mechanisms/RCM/memberships/999999/edit").with(user(users.loadUserByUsername(RCM))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		MockHttpServletResponse visitor = mvc.perform(post("/mechanisms/RCM/bodies/VMM/delete").with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(visitor.getStatus()).isEqualTo(302);
		assertThat(visitor.getRedirectedUrl()).endsWith("/login");
	}

	private MockHttpServletResponse send(String path, String username, Map<String, String> form, String language)
			throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user(users.loadUserByUsername(username)))
			.with(csrf())
			.header("Accept-Language", language);
		form.forEach(request::param);
		return mvc.perform(request).andReturn().getResponse();
	}

	private Document page(String path, String username, String language) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(users.loadUserByUsername(username)))
			.header("Accept-Language", language)).andReturn().getResponse().getContentAsString());
	}

	/** What the edit form at this address would send back unchanged. */
	private Map<String, String> formAt(String path, String username) throws Exception {
		return formAt(page(path, username, "en"));
	}

	private static Map<String, String> formAt(Document page) {
		Element form = page.selectFirst("main form");
		Map<String, String> values = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String name = input.attr("name");
			if (name.equals("_csrf") || (input.attr("type").equals("radio") && !input.hasAttr("checked"))) {
				continue;
			}
			values.put(name, input.tagName().equals("select")
					? input.select("option[selected]").val() : input.tagName().equals("textarea") ? input.text()
							: input.val());
		}
		return values;
	}

	private static String error(Document page, String field) {
		Element error = page.getElementById(field + "-error");
		assertThat(error).as("error next to " + field).isNotNull();
		return error.text();
	}

	private String matrixCell(String country, String mechanism) throws Exception {
		return MembershipMatrixTests.cell(
				Jsoup.parse(mvc.perform(get("/mechanisms").header("Accept-Language", "en"))
					.andReturn()
					.getResponse()
					.getContentAsString()),
				country, mechanism);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
