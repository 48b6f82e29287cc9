package org.enlace.directory;

import java.time.Instant;
import java.time.LocalDate;

import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The directory's pages, in Spanish (the default), as visitors and editors use them. */
@EnlaceTest
class DirectoryPageTests {

	static final String IGM = "Instituto Guatemalteco de Migración";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void searchFindsTheMigrationInstituteWithoutAccentsOnTheFirstPage() throws Exception {
		assertThat(page("/directory?q=migracion guatemala")).contains(IGM);
		assertThat(page("/directory?q=MIGRACIÓN Guatemala")).contains(IGM);
		assertThat(page("/directory?q=migracion guatemla")).as("a small typo").contains(IGM);
	}

	@Test
	void searchFiltersByCountryEntryAndOrganisationType() throws Exception {
		assertThat(page("/directory?q=migracion&country=HND")).doesNotContain(IGM).contains("Honduras");
		assertThat(page("/directory?country=GTM&type=ORGANIZATION&kind=GOVERNMENT")).contains(IGM)
			.doesNotContain("Organización Internacional para las Migraciones");
		assertThat(page("/directory?type=CONTACT&country=GTM")).doesNotContain(IGM + "</a>");
		assertThat(page("/directory?mechanism=OCAM&type=POSITION")).contains("OCAM director");
		assertThat(page("/directory?body=RLO-CP&type=POSITION")).contains("RCM liaison officer")
			.doesNotContain("OCAM director");
	}

	@Test
	void exportLinksCarryTheSameFilters() throws Exception {
		assertThat(page("/directory?q=migracion&country=GTM"))
			.contains("/directory/export.csv?q=migracion&amp;country=GTM")
			.contains("/directory/export.xlsx?q=migracion&amp;country=GTM");
	}

	@Test
	void anEmptySearchListsEverythingPagedFromOne() throws Exception {
		long entries = jdbc.sql("""
				select (select count(*) from organization where merged_into_id is null)
				  + (select count(*) from contact) + (select count(*) from position)""").query(Long.class).single();
		String first = page("/directory");
		assertThat(first).contains(entries + " resultados").contains("Página 1 de").contains("page=2");
		String second = page("/directory?page=2");
		assertThat(second).contains("Página 2 de").contains("page=1");
		mvc.perform(get("/directory?page=0")).andExpect(status().isBadRequest());
		mvc.perform(get("/directory?theme=99")).andExpect(status().isBadRequest());
		mvc.perform(get("/directory?kind=ROYALTY")).andExpect(status().isBadRequest());
	}

	@Test
	void visitorsSeeNoContactDetails() throws Exception {
		var c = jdbc.sql("select id, email, family_name, organization_id from contact where email is not null and demo"
				+ " order by id limit 1").query().singleRow();
		String email = (String) c.get("email");
		assertThat(page("/directory?q=" + c.get("family_name"))).doesNotContain(email);
		assertThat(page("/contacts/" + c.get("id"))).as("page and history").doesNotContain(email);
		assertThat(page("/organizations/" + c.get("organization_id"))).doesNotContain(email);
		assertThat(page("/contacts/" + c.get("id"), as("demo.member"))).contains(email);
	}

	@Test
	void aFocalPointCreatesAnOrganisationOfTheirCountryOnly() throws Exception {
		mvc.perform(post("/organizations/new").with(csrf()).with(as("demo.focal.gt"))
			.param("name", "Consejo Nacional de Atención al Migrante de Prueba")
			.param("acronym", "CONAMIGUA-T")
			.param("kind", "GOVERNMENT")
			.param("countryIso3", "GTM")
			.param("themes", "1", "7")).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from organization where acronym = 'CONAMIGUA-T'").query(Long.class).single();
		assertThat(page("/organizations/" + id, as("demo.focal.gt"))).contains("Consejo Nacional de Atención al Migrante de Prueba")
			.contains("Editar").contains("creado");
		assertThat(page("/organizations/" + id, as("demo.focal.hn"))).doesNotContain("/organizations/" + id + "/edit");

		long before = count("organization");
		mvc.perform(post("/organizations/new").with(csrf()).with(as("demo.focal.gt"))
			.param("name", "Secretaría de Prueba de Honduras")
			.param("kind", "GOVERNMENT")
			.param("countryIso3", "HND")).andExpect(status().isForbidden());
		assertThat(count("organization")).isEqualTo(before);
	}

	@Test
	void aLikelyDuplicateIsShownBeforeSaving() throws Exception {
		long igm = igm();
		long before = count("organization");
		String similarName = mvc.perform(post("/organizations/new").with(csrf()).with(as("demo.focal.gt"))
			.param("name", "Instituto Guatemalteco de Migracion")
			.param("kind", "GOVERNMENT")
			.param("countryIso3", "GTM")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(similarName).contains("/organizations/" + igm).contains("saveAnyway");
		String sameAcronym = mvc.perform(post("/organizations/new").with(csrf()).with(as("demo.focal.gt"))
			.param("name", "Oficina completamente distinta")
			.param("acronym", "igm")
			.param("kind", "GOVERNMENT")
			.param("countryIso3", "GTM")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(sameAcronym).contains("/organizations/" + igm);
		assertThat(count("organization")).isEqualTo(before);

		mvc.perform(post("/organizations/new").with(csrf()).with(as("demo.focal.gt"))
			.param("name", "Instituto Guatemalteco de Migracion")
			.param("kind", "GOVERNMENT")
			.param("countryIso3", "GTM")
			.param("saveAnyway", "true")).andExpect(status().is3xxRedirection());
		assertThat(count("organization")).isEqualTo(before + 1);
	}

	@Test
	void aStaleVersionShowsTheFormAgainWithTheInputKept() throws Exception {
		long id = create("Dirección de Prueba de Versiones", "GTM");
		int version = jdbc.sql("select version from organization where id = ?").params(id).query(Integer.class).single();
		edit(id, "Dirección de Prueba de Versiones", "https://primera.example.org", version)
			.andExpect(status().is3xxRedirection());
		String again = edit(id, "Dirección de Prueba de Versiones", "https://segunda.example.org", version)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(again).contains("Otra persona guardó esta entrada").contains("https://segunda.example.org");
		assertThat(jdbc.sql("select website from organization where id = ?").params(id).query(String.class).single())
			.isEqualTo("https://primera.example.org");
		assertThat(page("/organizations/" + id)).contains("https://primera.example.org").contains("website");
	}

	@Test
	void aFocalPointMayNotEditAnotherCountrysOrganisation() throws Exception {
		long hnd = jdbc.sql("select min(id) from organization where country_iso3 = 'HND' and merged_into_id is null")
			.query(Long.class).single();
		mvc.perform(get("/organizations/" + hnd + "/edit").with(as("demo.focal.gt"))).andExpect(status().isForbidden());
		String name = jdbc.sql("select name from organization where id = ?").params(hnd).query(String.class).single();
		mvc.perform(post("/organizations/" + hnd + "/edit").with(csrf()).with(as("demo.focal.gt"))
			.param("name", "Tomada").param("kind", "GOVERNMENT").param("countryIso3", "HND").param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select name from organization where id = ?").params(hnd).query(String.class).single())
			.isEqualTo(name);
	}

	@Test
	void mergingMovesPeopleAndLeadsTheOldAddressToTheSurvivor() throws Exception {
		long duplicate = create("Oficina Duplicada de Prueba", "GTM");
		long survivor = create("Oficina Original de Prueba", "GTM");
		mvc.perform(post("/contacts/new").with(csrf()).with(as("demo.focal.gt"))
			.param("givenName", "Ana").param("familyName", "Fusionada").param("organizationId", String.valueOf(duplicate)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/organizations/" + duplicate + "/merge").with(csrf()).with(as("demo.focal.gt"))
			.param("target", String.valueOf(survivor))).andExpect(redirectedUrl("/organizations/" + survivor));
		mvc.perform(get("/organizations/" + duplicate)).andExpect(redirectedUrl("/organizations/" + survivor));
		assertThat(page("/organizations/" + survivor)).contains("Ana Fusionada").contains("fusionado");
		assertThat(jdbc.sql("select merged_into_id from organization where id = ?").params(duplicate)
			.query(Long.class).single()).isEqualTo(survivor);
		assertThat(page("/directory?q=oficina duplicada prueba")).doesNotContain("/organizations/" + duplicate + "\"");
	}

	@Test
	void entriesNotConfirmedForLongAreFlaggedStale() throws Exception {
		long id = create("Unidad Olvidada de Prueba", "GTM");
		assertThat(page("/organizations/" + id)).doesNotContain("sin confirmar recientemente");
		jdbc.sql("update organization set last_verified = ? where id = ?").params(LocalDate.now().minusYears(2), id)
			.update();
		assertThat(page("/organizations/" + id)).contains("sin confirmar recientemente");
		assertThat(page("/directory?q=unidad olvidada prueba")).contains("sin confirmar recientemente");
	}

	@Test
	void aSignedLinkConfirmsAnEntryOnceTheButtonIsPressed() throws Exception {
		long contact = staleContact();
		long expires = Instant.now().plusSeconds(600).getEpochSecond();
		String link = SignedLinks.path(jdbc, "contact", contact, expires);
		assertThat(page(link)).contains("Sí, sigue siendo correcta");
		assertThat(lastVerified(contact)).isBefore(LocalDate.now());
		mvc.perform(post("/verify/contact/" + contact).with(csrf()).param("expires", String.valueOf(expires))
			.param("sig", SignedLinks.signature(jdbc, "contact", contact, expires))).andExpect(status().isOk());
		assertThat(lastVerified(contact)).isEqualTo(LocalDate.now());
		assertThat(page("/contacts/" + contact)).contains("confirmado");
	}

	@Test
	void aTamperedOrExpiredLinkChangesNothing() throws Exception {
		long contact = staleContact();
		long expires = Instant.now().plusSeconds(600).getEpochSecond();
		String sig = SignedLinks.signature(jdbc, "contact", contact, expires);
		String tampered = mvc.perform(get("/verify/contact/" + (contact + 1) + "?expires=" + expires + "&sig=" + sig))
			.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
		assertThat(tampered).contains("El enlace no es válido");
		mvc.perform(post("/verify/contact/" + contact).with(csrf()).param("expires", String.valueOf(expires + 1))
			.param("sig", sig)).andExpect(status().isNotFound());
		long past = Instant.now().minusSeconds(60).getEpochSecond();
		mvc.perform(post("/verify/contact/" + contact).with(csrf()).param("expires", String.valueOf(past))
			.param("sig", SignedLinks.signature(jdbc, "contact", contact, past))).andExpect(status().isBadRequest());
		assertThat(page400("/verify/contact/" + contact + "?expires=" + past + "&sig="
				+ SignedLinks.signature(jdbc, "contact", contact, past))).contains("El enlace ha caducado");
		assertThat(lastVerified(contact)).isBefore(LocalDate.now());
	}

	@Test
	void countryPagesShowMechanismsInstitutionsAndFocalPoints() throws Exception {
		assertThat(page("/countries")).contains("Guatemala").contains("/countries/HND");
		assertThat(page("/countries/GTM")).contains("/mechanisms/RCM").contains("miembro").contains(IGM)
			.contains("RCM liaison officer for consular protection — Guatemala");
		assertThat(page("/countries/gtm")).contains(IGM);
		mvc.perform(get("/countries/XYZ")).andExpect(status().isNotFound());
	}

	@Test
	void aSeatChangesHandsAndKeepsItsHistory() throws Exception {
		long seat = jdbc.sql("select id from position where country_iso3 = 'HND' and mechanism_code = 'OCAM' limit 1")
			.query(Long.class).single();
		long contact = jdbc.sql("select min(c.id) from contact c join organization o on o.id = c.organization_id"
				+ " where o.country_iso3 = 'HND'").query(Long.class).single();
		String before = page("/positions/" + seat);
		mvc.perform(post("/positions/" + seat + "/holder").with(csrf()).with(as("demo.focal.gt"))
			.param("contactId", String.valueOf(contact)).param("from", "2099-01-01")).andExpect(status().isForbidden());
		mvc.perform(post("/positions/" + seat + "/holder").with(csrf()).with(as("demo.focal.hn"))
			.param("contactId", String.valueOf(contact)).param("from", LocalDate.now().plusDays(1).toString()))
			.andExpect(redirectedUrl("/positions/" + seat));
		String after = page("/positions/" + seat);
		assertThat(after).contains(LocalDate.now().toString()).contains(LocalDate.now().plusDays(1).toString());
		assertThat(before).isNotEqualTo(after);
	}

	private long create(String name, String country) throws Exception {
		mvc.perform(post("/organizations/new").with(csrf()).with(as("demo.admin")).param("name", name)
			.param("kind", "GOVERNMENT").param("countryIso3", country).param("saveAnyway", "true"))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("select max(id) from organization where name = ?").params(name).query(Long.class).single();
	}

	private org.springframework.test.web.servlet.ResultActions edit(long id, String name, String website, int version)
			throws Exception {
		return mvc.perform(post("/organizations/" + id + "/edit").with(csrf()).with(as("demo.focal.gt"))
			.param("name", name).param("kind", "GOVERNMENT").param("countryIso3", "GTM").param("website", website)
			.param("saveAnyway", "true").param("version", String.valueOf(version)));
	}

	private long staleContact() {
		long id = jdbc.sql("select min(c.id) from contact c join organization o on o.id = c.organization_id"
				+ " where o.country_iso3 = 'GTM'").query(Long.class).single();
		jdbc.sql("update contact set last_verified = ? where id = ?").params(LocalDate.now().minusYears(3), id).update();
		return id;
	}

	private LocalDate lastVerified(long contact) {
		return jdbc.sql("select last_verified from contact where id = ?").params(contact).query(LocalDate.class)
			.single();
	}

	private long igm() {
		return jdbc.sql("select id from organization where acronym = 'IGM' and merged_into_id is null")
			.query(Long.class).single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private String page(String uri, RequestPostProcessor... who) throws Exception {
		MockHttpServletRequestBuilder request = get(uri);
		for (RequestPostProcessor w : who) {
			request.with(w);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String page400(String uri) throws Exception {
		return mvc.perform(get(uri)).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}
}
