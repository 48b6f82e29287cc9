package org.enlace.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enlace.commitments.Facts.InstrumentFacts;
import org.enlace.mechanisms.Mechanisms;
import org.enlace.shared.Actor;
import org.enlace.shared.LocalizedText;
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

/** Instruments, commitments and agreed measures through the pages and the API. */
@EnlaceTest
class CommitmentsTests {

	static final String RCM = "demo.secretariat.rcm";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Commitments commitments;

	@Autowired
	Mechanisms mechanisms;

	@Test
	void instrumentsOfTheReferenceFileShowOnTheMechanismPage() throws Exception {
		Document page = page("/mechanisms/RCM", null, "en");
		assertThat(page.select("section.instruments").text()).contains("Strategic Plan 2019-2022", "Strategic plan");
	}

	@Test
	void missingTranslationFallsBackToTheOriginalVisibly() throws Exception {
		Document page = page("/instruments/" + planId(), null, "fr");
		assertThat(page.select("h1").text()).isEqualTo("Plan Estratégico 2019-2022");
		assertThat(page.text()).contains("(original : es)");
	}

	@Test
	void membersOnlyInstrumentIsAbsentForAnonymousVisitors() throws Exception {
		long hidden = jdbc.sql("select id from instrument where access_level = 'MEMBERS'").query(Long.class).list().get(0);
		long measure = measureId("RCM-2026-WP-1.1");

		assertThat(status(get("/instruments/" + hidden))).isEqualTo(404);
		assertThat(status(get("/measures/" + measure))).isEqualTo(404);
		assertThat(status(get("/api/v1/instruments/" + hidden))).isEqualTo(404);
		assertThat(status(get("/api/v1/measures/" + measure))).isEqualTo(404);
		assertThat(body(get("/api/v1/measures?size=100"))).doesNotContain("RCM-2026-WP-1.1").contains("RCM-2019-SP-1.1");
		assertThat(body(get("/instruments"))).doesNotContain("/instruments/" + hidden + "\"");
		assertThat(body(get("/measures?mechanism=RCM"))).doesNotContain("RCM-2026-WP-1.1");
		assertThat(commitments.measure(Actor.ANONYMOUS, measure)).isEmpty();

		assertThat(status(get("/instruments/" + hidden).with(user(users.loadUserByUsername("demo.member"))))).isEqualTo(200);
		assertThat(page("/measures?mechanism=RCM", "demo.member", "en").text()).contains("RCM-2026-WP-1.1");
	}

	@Test
	void statusIsDerivedFromTheTargetDateWithoutActivities() throws Exception {
		assertThat(body(get("/api/v1/measures/" + measureId("RCM-2019-SP-1.1")))).contains("\"status\":\"OVERDUE\"");
		assertThat(body(get("/api/v1/measures/" + measureId("RCM-2019-SP-1.2")))).contains("\"status\":\"NOT_STARTED\"");
		assertThat(page("/measures?status=OVERDUE", null, "en").select("table.measures").text())
			.contains("RCM-2019-SP-1.1")
			.doesNotContain("RCM-2019-SP-1.2");
	}

	@Test
	void measuresFilterByMechanismCountryAndObjective() throws Exception {
		String gcm7 = body(get("/api/v1/measures?gcm=7"));
		assertThat(gcm7).contains("RCM-2019-SP-1.1", "RCM-2019-SP-1.2").doesNotContain("OCAM-", "SP-2.1");
		String usa = body(get("/api/v1/measures?country=USA&size=100"));
		assertThat(usa).contains("RCM-2019-SP-2.1").doesNotContain("OCAM-2025", "SICA-2018");
		assertThat(body(get("/api/v1/measures?mechanism=OCAM&size=100"))).contains("OCAM-2025-WP-1.1").doesNotContain("RCM-");
		assertThat(status(get("/api/v1/measures?gcm=24"))).isEqualTo(400);
		assertThat(status(get("/api/v1/measures?size=101"))).isEqualTo(400);
		assertThat(page("/measures?country=GTM&gcm=9", null, "en").select("table.measures").text())
			.contains("RCM-2019-SP-3.2");
	}

	@Test
	void applicabilityFollowsMembershipOnTheAdoptionDate() {
		jdbc.sql("""
				insert into mechanism_membership (mechanism_id, country_iso3, status, since, until)
				select id, 'PER', 'MEMBER', date '2021-01-01', date '2021-12-31' from mechanism where code = 'RCM'""")
			.update();
		ApplicabilityRule rule = new ApplicabilityRule(mechanisms, LocalDate.now());
		assertThat(rule.derived(instrument(LocalDate.of(2021, 6, 1)))).contains("PER", "GTM", "USA");
		assertThat(rule.derived(instrument(LocalDate.of(2022, 6, 1)))).doesNotContain("PER").contains("GTM");
	}

	@Test
	void secretariatAddsAndRemovesStatesAndTheCountryPageFollows() throws Exception {
		long commitment = jdbc.sql("""
				select c.id from commitment c join instrument i on i.id = c.instrument_id
				where i.reference_key = 'RCM:Strategic Plan 2019-2022' and c.number = '3'""").query(Long.class).single();
		Document form = page("/commitments/" + commitment + "/applicability", RCM, "en");
		MockHttpServletRequestBuilder request = post("/commitments/" + commitment + "/applicability")
			.with(user(users.loadUserByUsername(RCM)))
			.with(csrf())
			.param("version", form.select("input[name=version]").val());
		for (Element box : form.select("input[name=countries][checked]")) {
			if (!box.val().equals("USA")) {
				request.param("countries", box.val());
			}
		}
		request.param("countries", "HTI");
		assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(302);

		assertThat(page("/countries/HTI/commitments", null, "en").text()).contains("RCM-2019-SP-3.1");
		assertThat(page("/countries/USA/commitments", null, "en").text()).doesNotContain("RCM-2019-SP-3.1")
			.contains("RCM-2019-SP-2.1");
		Document measure = page("/measures/" + measureId("RCM-2019-SP-3.1"), null, "en");
		assertThat(measure.text()).contains("Removed by the secretariat: USA", "(added by the secretariat)");
		assertThat(page("/instruments/" + planId(), null, "en").select("section.history").text())
			.contains("commitment[3].countriesAdded", "HTI");
	}

	@Test
	void invalidMeasureShowsTranslatedErrorsNextToTheFieldsAndSavesNothing() throws Exception {
		long commitment = jdbc.sql("select commitment_id from agreed_measure where code = 'RCM-2019-SP-1.1'")
			.query(Long.class).single();
		long before = jdbc.sql("select count(*) from agreed_measure").query(Long.class).single();
		Map<String, String> form = new LinkedHashMap<>(Map.of("code", "RCM-2019-SP-1.1", "titleEs", "Duplicada",
				"originalLanguage", "es", "targetDate", "2026-13-45", "estimatedCostUsd", "-5", "gcmObjectives", "7, 24"));
		form.put("sdgTargets", "99.9");

		MockHttpServletResponse response = send("/commitments/" + commitment + "/measures/new", form, "es");

		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(error(page, "targetDate")).contains("año-mes-día");
		assertThat(error(page, "estimatedCostUsd")).contains("negativo");
		assertThat(error(page, "gcmObjectives")).contains("1 al 23");
		assertThat(jdbc.sql("select count(*) from agreed_measure").query(Long.class).single()).isEqualTo(before);

		form.put("targetDate", "2027-01-01");
		form.put("estimatedCostUsd", "10");
		form.put("gcmObjectives", "7");
		page = Jsoup.parse(send("/commitments/" + commitment + "/measures/new", form, "en").getContentAsString());
		assertThat(error(page, "code")).contains("Another agreed measure already has this code");
		assertThat(error(page, "sdgTargets")).contains("Unknown SDG target");
		assertThat(jdbc.sql("select count(*) from agreed_measure").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void staleEditKeepsTheInputAndSaysWhy() throws Exception {
		long id = measureId("OCAM-2025-WP-2.2");
		Document form = page("/measures/" + id + "/edit", "demo.admin", "en");
		Map<String, String> values = values(form);
		values.put("responsibleBody", "Comisión de Retorno");
		values.put("version", String.valueOf(Integer.parseInt(values.get("version")) - 1));

		MockHttpServletResponse stale = send("/measures/" + id + "/edit", "demo.admin", values, "en");
		assertThat(stale.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(stale.getContentAsString());
		assertThat(page.text()).contains("Someone else saved a change");
		assertThat(page.getElementById("responsibleBody").val()).isEqualTo("Comisión de Retorno");

		MockHttpServletResponse saved = send("/measures/" + id + "/edit", "demo.admin", values(page), "en");
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(page("/measures/" + id, null, "en").select("section.history").text())
			.contains("responsibleBody", "Comisión de Retorno", "demo.admin");
	}

	@Test
	void homePageListsTheLatestMeasures() throws Exception {
		assertThat(page("/", null, "en").text()).contains("All agreed measures", "SICA-2018-PAIM-2.1");
	}

	private Instrument instrument(LocalDate adoptedOn) {
		return new Instrument("RCM", new InstrumentFacts(InstrumentKind.RESOLUTION, null,
				LocalizedText.of("Prueba", null, null), LocalizedText.of(null, null, null), "es", adoptedOn, null,
				List.of(), AccessLevel.PUBLIC));
	}

	private long planId() {
		return jdbc.sql("select id from instrument where reference_key = 'RCM:Strategic Plan 2019-2022'")
			.query(Long.class).single();
	}

	private long measureId(String code) {
		return jdbc.sql("select id from agreed_measure where code = ?").params(code).query(Long.class).single();
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private MockHttpServletResponse send(String path, Map<String, String> form, String language) throws Exception {
		return send(path, RCM, form, language);
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
		MockHttpServletRequestBuilder request = get(path).header("Accept-Language", language);
		if (username != null) {
			request.with(user(users.loadUserByUsername(username)));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private static Map<String, String> values(Document page) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Element input : page.selectFirst("main form").select("input[name], textarea[name], select[name]")) {
			if (!input.attr("name").equals("_csrf")) {
				values.put(input.attr("name"), input.tagName().equals("select") ? input.select("option[selected]").val()
						: input.tagName().equals("textarea") ? input.text() : input.val());
			}
		}
		return values;
	}

	private static String error(Document page, String field) {
		Element error = page.getElementById(field + "-error");
		assertThat(error).as("error next to " + field).isNotNull();
		return error.text();
	}

	@Test
	void theFundingBoardPutsTheLargestGapFirstAndCountsCommittedMoney() throws Exception {
		var board = commitments.fundingBoard(Actor.ANONYMOUS, CommitmentViews.MeasureQuery.NONE);
		assertThat(board).isNotEmpty();
		assertThat(board).allSatisfy(n -> assertThat(n.gapUsd())
			.isEqualByComparingTo(n.measure().estimatedCostUsd().subtract(n.committedUsd()).max(java.math.BigDecimal.ZERO)));
		for (int i = 1; i < board.size(); i++) {
			assertThat(board.get(i - 1).gapUsd()).isGreaterThanOrEqualTo(board.get(i).gapUsd());
		}
		// the demo's seed project commits money to RCM-2019-SP-3.2: its gap is smaller than its cost
		var funded = board.stream().filter(n -> n.measure().code().equals("RCM-2019-SP-3.2")).findFirst().orElseThrow();
		assertThat(funded.activities()).isPositive();
		assertThat(funded.gapUsd()).isLessThan(funded.measure().estimatedCostUsd());
		// members-only measures stay off the public board
		assertThat(board).allSatisfy(n -> assertThat(commitments.measure(Actor.ANONYMOUS, n.measure().id())).isPresent());
		var response = mvc.perform(get("/measures/funding").header("Accept-Language", "es")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("Brecha de financiamiento", "RCM-2019-SP-3.2");
	}

	@Test
	void listsAnsweredInOneBatchAgreeWithEachMeasuresOwnPage() {
		Actor member = Actor.of("demo.member", List.of("ROLE_MEMBER"));
		for (var need : commitments.fundingBoard(member, CommitmentViews.MeasureQuery.NONE)) {
			var work = commitments.implementations(member, need.measure().id());
			assertThat(need.activities()).as(need.measure().code()).isEqualTo(work.size());
			assertThat(need.committedUsd()).as(need.measure().code()).isEqualByComparingTo(work.stream()
				.map(MeasureProgress.Implementation::committedUsd)
				.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
		}
		var all = commitments.measures(member, new CommitmentViews.MeasureQuery(null, null, null, null, 0, 1000));
		assertThat(all.items()).isNotEmpty();
		for (var row : all.items()) {
			var detail = commitments.measureDetail(member, row.id());
			assertThat(row.status()).as(row.code()).isEqualTo(detail.row().status());
		}
	}
}
