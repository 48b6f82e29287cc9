package org.enlace.directory.api;

import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.enlace.accounts.ApiTokens;
import org.enlace.directory.Directory;
import org.enlace.directory.DirectoryHit;
import org.enlace.directory.DirectoryQuery;
import org.enlace.directory.OrganizationDetails;
import org.enlace.directory.OrganizationKind;
import org.enlace.shared.Actor;
import org.enlace.shared.Grant;
import org.enlace.shared.Role;
import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EnlaceTest
class DirectoryApiTests {

	static final String DEMO_MAIL = "@demo.enlace.example";

	static final Actor ADMIN = new Actor("api-tests", Set.of(new Grant(Role.ADMIN, null)));

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsComeInAPagedEnvelope() throws Exception {
		String first = body(get("/api/v1/organizations?size=3"));
		int total = JsonPath.read(first, "$.total");
		assertThat(total).isGreaterThan(6);
		assertThat((List<?>) JsonPath.read(first, "$.items")).hasSize(3);
		assertThat((int) JsonPath.read(first, "$.page")).isZero();
		assertThat((int) JsonPath.read(first, "$.size")).isEqualTo(3);
		assertThat((int) JsonPath.read(first, "$.pages")).isEqualTo((total + 2) / 3);
		String second = body(get("/api/v1/organizations?size=3&page=1"));
		List<Integer> firstIds = JsonPath.read(first, "$.items[*].id");
		List<Integer> secondIds = JsonPath.read(second, "$.items[*].id");
		assertThat(secondIds).hasSize(3).doesNotContainAnyElementsOf(firstIds);
		assertThat((int) JsonPath.read(second, "$.total")).isEqualTo(total);
	}

	@Test
	void aPagePastTheEndIsEmptyButKeepsTheTotal() throws Exception {
		String past = body(get("/api/v1/organizations?size=100&page=1000"));
		assertThat((List<?>) JsonPath.read(past, "$.items")).isEmpty();
		assertThat((int) JsonPath.read(past, "$.total")).isGreaterThan(6);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/organizations?page=-1", "/api/v1/organizations?size=0",
			"/api/v1/organizations?size=101", "/api/v1/organizations?page=abc", "/api/v1/contacts?size=x",
			"/api/v1/organizations?type=PLANET", "/api/v1/organizations?theme=24", "/api/v1/positions?country=GUATEMALA",
			"/api/v1/contacts?organization=abc", "/api/v1/positions?mechanism=%3Cscript%3E" })
	void badParametersAreRefusedWithAProblemDetail(String uri) throws Exception {
		mvc.perform(get(uri))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(400)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/organizations/999999999", "/api/v1/contacts/999999999",
			"/api/v1/positions/999999999", "/api/v1/organizations/abc" })
	void unknownEntriesAreNotFound(String uri) throws Exception {
		mvc.perform(get(uri)).andExpect(status().isNotFound()).andExpect(jsonPath("$.status", is(404)));
	}

	@Test
	void aMergedOrganizationIsNotFound() throws Exception {
		long iom = jdbc.sql("select id from organization where acronym = 'IOM' and merged_into_id is null")
			.query(Long.class)
			.single();
		long duplicate = directory.createOrganization(ADMIN, new OrganizationDetails("OIM-DUP",
				"Organización Internacional para las Migraciones (duplicado de prueba)", OrganizationKind.INTERNATIONAL,
				null, null, null, Set.of(), Set.of()));
		mvc.perform(get("/api/v1/organizations/" + duplicate)).andExpect(status().isOk());
		jdbc.sql("update organization set merged_into_id = ? where id = ?").params(iom, duplicate).update();
		mvc.perform(get("/api/v1/organizations/" + duplicate)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations?q=duplicado de prueba"))
			.andExpect(jsonPath("$.items[*].id", everyItem(is(org.hamcrest.Matchers.not((int) duplicate)))));
	}

	@Test
	void findsWithTyposAndWithoutAccentsAsTheSearchPageDoes() throws Exception {
		String found = body(get("/api/v1/organizations?q=migracion guatemala"));
		assertThat((List<String>) JsonPath.read(found, "$.items[*].name"))
			.contains("Instituto Guatemalteco de Migración");
		assertThat((List<String>) JsonPath.read(body(get("/api/v1/organizations?q=gautemalteco")), "$.items[*].acronym"))
			.contains("IGM");
		for (String text : List.of("migracion guatemala", "consular", "OIM", "secretaria")) {
			List<Long> search = directory.search(Actor.ANONYMOUS,
					new DirectoryQuery(text, null, null, null, "ORGANIZATION", null, null, 0, 50))
				.items()
				.stream()
				.map(DirectoryHit::id)
				.toList();
			List<Number> api = JsonPath.read(body(get("/api/v1/organizations?size=50&q=" + text)), "$.items[*].id");
			assertThat(api.stream().map(Number::longValue).toList()).as("API and search page for " + text)
				.isEqualTo(search);
		}
	}

	@Test
	void filtersNarrowTheLists() throws Exception {
		mvc.perform(get("/api/v1/organizations?country=gtm&type=government&size=100"))
			.andExpect(jsonPath("$.items[*].country", everyItem(is("GTM"))))
			.andExpect(jsonPath("$.items[*].type", everyItem(is("GOVERNMENT"))))
			.andExpect(jsonPath("$.items[*].acronym", hasItem("IGM")));
		mvc.perform(get("/api/v1/positions?mechanism=RCM&country=GTM"))
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].mechanism", is("RCM")))
			.andExpect(jsonPath("$.items[0].body", is("RLO-CP")));
		long igm = jdbc.sql("select id from organization where acronym = 'IGM'").query(Long.class).single();
		mvc.perform(get("/api/v1/contacts?organization=" + igm))
			.andExpect(jsonPath("$.total", is(org.hamcrest.Matchers.greaterThan(0))))
			.andExpect(jsonPath("$.items[*].organization.id", everyItem(is((int) igm))))
			.andExpect(jsonPath("$.items[*].organization.acronym", everyItem(is("IGM"))));
	}

	@Test
	void aPositionComesWithItsCurrentHolderAndHistory() throws Exception {
		long seat = jdbc.sql("select id from position where mechanism_code = 'RCM' and country_iso3 = 'GTM'")
			.query(Long.class)
			.single();
		mvc.perform(get("/api/v1/positions/" + seat))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentHolder.until").doesNotExist())
			.andExpect(jsonPath("$.currentHolder.name").isNotEmpty())
			.andExpect(jsonPath("$.history.length()", is(2)))
			.andExpect(jsonPath("$.history[0].until").doesNotExist())
			.andExpect(jsonPath("$.history[1].until").isNotEmpty());
	}

	@Test
	void anonymousCallersNeverGetContactDetails() throws Exception {
		long contact = demoContact();
		long seat = jdbc.sql("select id from position where mechanism_code = 'RCM' and country_iso3 = 'GTM'")
			.query(Long.class)
			.single();
		for (String uri : List.of("/api/v1/contacts?size=100", "/api/v1/contacts/" + contact,
				"/api/v1/positions?size=100", "/api/v1/positions/" + seat, "/api/v1/contacts?q=demo.enlace.example")) {
			assertThat(body(get(uri))).as(uri).doesNotContain(DEMO_MAIL);
		}
		mvc.perform(get("/api/v1/contacts/" + contact))
			.andExpect(jsonPath("$.email").doesNotExist())
			.andExpect(jsonPath("$.phone").doesNotExist());
	}

	@Test
	void signedInCallersGetContactDetails() throws Exception {
		String token = apiTokens.issue("demo.member", "t");
		long contact = demoContact();
		mvc.perform(get("/api/v1/contacts/" + contact).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email", org.hamcrest.Matchers.endsWith(DEMO_MAIL)));
		assertThat(body(get("/api/v1/contacts?size=100").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)))
			.contains(DEMO_MAIL);
		assertThat(body(get("/api/v1/positions?mechanism=RCM").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)))
			.contains(DEMO_MAIL);
	}

	@Test
	void theOpenApiDocumentListsTheDirectoryApi() throws Exception {
		String docs = body(get("/v3/api-docs"));
		assertThat((java.util.Map<String, Object>) JsonPath.read(docs, "$.paths")).containsKeys("/api/v1/organizations",
				"/api/v1/organizations/{id}", "/api/v1/contacts", "/api/v1/contacts/{id}", "/api/v1/positions",
				"/api/v1/positions/{id}");
		List<String> parameters = JsonPath.read(docs, "$.paths['/api/v1/organizations'].get.parameters[*].name");
		assertThat(parameters).contains("q", "country", "mechanism", "type", "theme", "page", "size")
			.doesNotContain("actor", "grants", "username");
		assertThat((String) JsonPath.read(docs,
				"$.paths['/api/v1/contacts/{id}'].get.responses['200'].content['*/*'].schema['$ref']"))
			.endsWith("/Contact");
	}

	private long demoContact() {
		return jdbc.sql("select min(id) from contact where demo and email like '%" + DEMO_MAIL + "'")
			.query(Long.class)
			.single();
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		return response.getContentAsString();
	}
}
