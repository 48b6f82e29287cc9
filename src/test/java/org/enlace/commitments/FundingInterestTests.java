package org.enlace.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.enlace.support.EnlaceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Donors and development banks express interest in funding a measure; its secretariat sees it. */
@EnlaceTest
class FundingInterestTests {

	static final String DONOR = "demo.donor.idb";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aDevelopmentBankExpressesInterestAndOnlyTheMeasuresSecretariatSeesIt() throws Exception {
		long measure = measureId("OCAM-2025-WP-2.1");
		MockHttpServletResponse sent = send("/measures/" + measure + "/interest", DONOR,
				Map.of("modality", "LOAN", "amountUsd", "150000", "message", "Préstamo para la red de recepción"), "es");
		assertThat(sent.getStatus()).isEqualTo(302);
		assertThat(sent.getRedirectedUrl()).isEqualTo("/measures/" + measure);
		// the OCAM secretariat is told by e-mail, in its language, with the links it needs
		assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
		var told = java.util.Arrays.stream(mail.getReceivedMessages())
			.filter(m -> {
				try {
					return java.util.Arrays.toString(m.getAllRecipients()).contains("demo.secretariat.ocam@");
				}
				catch (jakarta.mail.MessagingException e) {
					throw new IllegalStateException(e);
				}
			})
			.toList();
		assertThat(told).hasSize(1);
		assertThat(told.get(0).getSubject()).contains("OCAM-2025-WP-2.1");
		assertThat(told.get(0).getContent().toString()).contains("IDB", "/measures/" + measure, "/measures/interests")
			.doesNotContain("Préstamo para la red de recepción");
		assertThat(java.util.Arrays.stream(mail.getReceivedMessages()).map(m -> {
			try {
				return java.util.Arrays.toString(m.getAllRecipients());
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		})).noneMatch(to -> to.contains("demo.secretariat.rcm@"));

		assertThat(page("/measures/" + measure, DONOR, "es").select("section.interests").text())
			.contains("Préstamo para la red de recepción", "Préstamo", "150,000 USD", "Abierto");
		assertThat(page("/measures/interests", "demo.secretariat.ocam", "en").text())
			.contains("OCAM-2025-WP-2.1", "IDB", "Loan", "Préstamo para la red de recepción",
					"demo.donor.idb@demo.enlace.example");
		assertThat(page("/measures/" + measure, "demo.secretariat.ocam", "en").select("section.interests").text())
			.contains("Préstamo para la red de recepción");
		// not the business of another mechanism's secretariat, of other partners, or of the public
		assertThat(page("/measures/interests", "demo.secretariat.rcm", "en").text()).doesNotContain("OCAM-2025-WP-2.1");
		assertThat(page("/measures/" + measure, "demo.partner.iom", "en").text()).doesNotContain("Préstamo para la red");
		assertThat(page("/measures/" + measure, null, "en").text()).doesNotContain("Préstamo para la red");
		assertThat(page("/api/v1/measures/" + measure, null, "en").text()).doesNotContain("Préstamo para la red");

		long interest = interestOf(measure);
		assertThat(send("/measures/interests/" + interest + "/acknowledge", "demo.secretariat.rcm", Map.of(), "en")
			.getStatus()).isEqualTo(404);
		assertThat(send("/measures/interests/" + interest + "/acknowledge", "demo.secretariat.ocam", Map.of(), "en")
			.getStatus()).isEqualTo(302);
		assertThat(statusOf(interest)).isEqualTo("ACKNOWLEDGED");
		assertThat(page("/measures/interests", DONOR, "en").text()).contains("Acknowledged by the secretariat");

		// a second live interest of the same bank is refused; after withdrawing, a new one may be made
		Document twice = Jsoup.parse(send("/measures/" + measure + "/interest", DONOR, Map.of("modality", "GRANT"), "es")
			.getContentAsString());
		assertThat(twice.text()).contains("Esta organización ya expresó interés en esta medida");
		assertThat(send("/measures/interests/" + interest + "/withdraw", "demo.secretariat.ocam", Map.of(), "en")
			.getStatus()).isEqualTo(403);
		assertThat(send("/measures/interests/" + interest + "/withdraw", DONOR, Map.of(), "en").getStatus()).isEqualTo(302);
		assertThat(statusOf(interest)).isEqualTo("WITHDRAWN");
		assertThat(send("/measures/" + measure + "/interest", DONOR, Map.of("modality", "GRANT"), "en").getStatus())
			.isEqualTo(302);
		assertThat(count(measure)).isEqualTo(2);
	}

	@Test
	void badInputIsRefusedWithTranslatedErrorsAndNothingIsSaved() throws Exception {
		long measure = measureId("SICA-2018-PAIM-1.2");
		Document negative = Jsoup.parse(send("/measures/" + measure + "/interest", DONOR,
				Map.of("modality", "GRANT", "amountUsd", "-5"), "es").getContentAsString());
		assertThat(negative.getElementById("amountUsd-error").text()).contains("monto positivo");
		Document typo = Jsoup.parse(send("/measures/" + measure + "/interest", DONOR,
				Map.of("modality", "GRANT", "amountUsd", "12O000"), "en").getContentAsString());
		assertThat(typo.getElementById("amountUsd-error").text()).contains("positive amount");
		Document noModality = Jsoup.parse(send("/measures/" + measure + "/interest", DONOR,
				Map.of("modality", "BRIBE"), "fr").getContentAsString());
		assertThat(noModality.text()).contains("Choisissez le type de soutien");
		Document tooLong = Jsoup.parse(send("/measures/" + measure + "/interest", DONOR,
				Map.of("modality", "GRANT", "message", "x".repeat(2001)), "en").getContentAsString());
		assertThat(tooLong.getElementById("message-error").text()).contains("2,000");
		Document notMine = Jsoup.parse(send("/measures/" + measure + "/interest", DONOR,
				Map.of("modality", "GRANT", "organizationId", String.valueOf(organization("IOM"))), "en")
			.getContentAsString());
		assertThat(notMine.text()).contains("Choose a donor or development bank you speak for");
		assertThat(count(measure)).isZero();
	}

	@Test
	void onlyFundersMayExpressInterestAndMembersOnlyMeasuresStayHidden() throws Exception {
		long measure = measureId("SICA-2018-PAIM-2.1");
		assertThat(send("/measures/" + measure + "/interest", "demo.partner.iom", Map.of("modality", "GRANT"), "en")
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/measures/" + measure + "/interest")).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		long hidden = measureId("RCM-2026-WP-1.1");
		// the bank's partner is signed in, so members-only measures are visible to it
		assertThat(send("/measures/" + hidden + "/interest", DONOR, Map.of("modality", "GRANT"), "en").getStatus())
			.isEqualTo(302);
		assertThat(count(measure)).isZero();
	}

	@Test
	void theFundingBoardOffersFundersToExpressInterestAndShowsTheSecretariatHowMany() throws Exception {
		long shelters = measureId("RCM-2019-SP-1.2");
		Document donor = page("/measures/funding", DONOR, "es");
		// the bank already expressed interest in the shelters (demo data): the board counts it, offers no second one
		assertThat(donor.select("a[href='/measures/" + shelters + "/interest']")).isEmpty();
		assertThat(donor.select("a[href='/measures/" + shelters + "#interests']").text()).contains("1 expresión de interés");
		long passports = measureId("OCAM-2025-WP-1.1");
		assertThat(donor.select("a[href='/measures/" + passports + "/interest']")).hasSize(1);
		Document secretariat = page("/measures/funding", "demo.secretariat.rcm", "en");
		// the demo's IDB interest in the shelter network
		assertThat(secretariat.select("tr:has(a[href='/measures/" + shelters + "'])").text())
			.contains("expression of interest");
		assertThat(secretariat.select("a[href$='/interest']")).isEmpty();
		Document visitor = page("/measures/funding", null, "en");
		assertThat(visitor.text()).contains("sign in to express an interest").doesNotContain("expression of interest");
	}

	private long measureId(String code) {
		return jdbc.sql("select id from agreed_measure where code = ?").params(code).query(Long.class).single();
	}

	private long organization(String acronym) {
		return jdbc.sql("select id from organization where acronym = ?").params(acronym).query(Long.class).single();
	}

	private long interestOf(long measure) {
		return jdbc.sql("select id from funding_interest where measure_id = ? and status = 'OPEN'")
			.params(measure).query(Long.class).single();
	}

	private String statusOf(long interest) {
		return jdbc.sql("select status from funding_interest where id = ?").params(interest).query(String.class).single();
	}

	private long count(long measure) {
		return jdbc.sql("select count(*) from funding_interest where measure_id = ?").params(measure).query(Long.class)
			.single();
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

	@Test
	void theFundingBoardFiltersLikeTheMeasuresList() throws Exception {
		Document ocam = page("/measures/funding?mechanism=OCAM", null, "en");
		assertThat(ocam.select("table.measures tbody tr")).isNotEmpty()
			.allSatisfy(row -> assertThat(row.text()).contains("OCAM"));
		Document objective = page("/measures/funding?gcm=21", null, "en");
		assertThat(objective.select("table.measures tbody tr").text()).contains("OCAM-2025-WP-2.1")
			.doesNotContain("OCAM-2025-WP-1.1");
		// Mexico is not an OCAM member: the OCAM work plan does not apply there
		assertThat(page("/measures/funding?country=MEX", null, "en").select("table.measures").text())
			.doesNotContain("OCAM-");
		assertThat(page("/measures/funding?mechanism=NOPE", null, "es").text())
			.contains("Ninguna medida acordada con un costo estimado coincide");
	}

	@Test
	void aFundersSystemRegistersAndReadsInterestsThroughTheApi() throws Exception {
		long measure = measureId("RCM-2019-SP-1.1");
		var donor = user(users.loadUserByUsername(DONOR));
		mvc.perform(post("/api/v1/measures/" + measure + "/interests").with(donor)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"modality\": \"GRANT\", \"amountUsd\": 90000, \"message\": \"Vía API\"}"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.measureCode")
				.value("RCM-2019-SP-1.1"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value("OPEN"));
		// again: refused with a translated field error, nothing saved
		String refused = mvc.perform(post("/api/v1/measures/" + measure + "/interests").with(donor)
			.header("Accept-Language", "es")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"modality\": \"GRANT\", \"amountUsd\": -3}"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("ya expresó interés", "monto positivo");
		assertThat(count(measure)).isEqualTo(1);
		assertThat(mvc.perform(get("/api/v1/interests").with(user(users.loadUserByUsername("demo.secretariat.rcm"))))
			.andReturn().getResponse().getContentAsString()).contains("RCM-2019-SP-1.1", "90000", "Vía API");
		assertThat(mvc.perform(get("/api/v1/interests").with(user(users.loadUserByUsername("demo.secretariat.ocam"))))
			.andReturn().getResponse().getContentAsString()).doesNotContain("RCM-2019-SP-1.1");
		assertThat(mvc.perform(get("/api/v1/interests")).andReturn().getResponse().getStatus()).isEqualTo(401);
	}
}
