package org.enlace.mechanisms;

import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The read API of mechanisms and countries: paged envelopes, bad paging, unknown codes. */
@EnlaceTest
class MechanismApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void mechanismsComeInAPagedEnvelope() throws Exception {
		mvc.perform(get("/api/v1/mechanisms"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.total").value(8))
			.andExpect(jsonPath("$.pages").value(1))
			.andExpect(jsonPath("$.items", hasSize(8)))
			.andExpect(jsonPath("$.items[0].code").value("RCM"));
		mvc.perform(get("/api/v1/mechanisms").param("page", "1").param("size", "3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(3)))
			.andExpect(jsonPath("$.items[0].code").value("CORETT"))
			.andExpect(jsonPath("$.pages").value(3));
		mvc.perform(get("/api/v1/mechanisms").param("page", "5").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(0)))
			.andExpect(jsonPath("$.total").value(8));
	}

	@Test
	void badPagingIsAProblemDetail() throws Exception {
		for (String[] bad : new String[][] { { "size", "101" }, { "size", "0" }, { "page", "-1" }, { "page", "two" },
				{ "size", "1e9" } }) {
			mvc.perform(get("/api/v1/mechanisms").param(bad[0], bad[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.detail", startsWith(bad[0])));
			mvc.perform(get("/api/v1/countries").param(bad[0], bad[1])).andExpect(status().isBadRequest());
		}
	}

	@Test
	void countriesComeWithTheirCurrentMemberships() throws Exception {
		mvc.perform(get("/api/v1/countries").param("size", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(5)))
			.andExpect(jsonPath("$.total", greaterThanOrEqualTo(17)))
			.andExpect(jsonPath("$.items[0].iso3").value("ARG"))
			.andExpect(jsonPath("$.items[0].name.es").value("Argentina"));
		mvc.perform(get("/api/v1/countries/gtm"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.iso3").value("GTM"))
			.andExpect(jsonPath("$.iso2").value("GT"))
			.andExpect(jsonPath("$.name.en").value("Guatemala"))
			.andExpect(jsonPath("$.region").value("Central America"))
			.andExpect(jsonPath("$.memberships[?(@.mechanism == 'RCM')].status", hasItem("MEMBER")))
			.andExpect(jsonPath("$.memberships[?(@.mechanism == 'LAD')].status", hasItem("SIGNATORY")));
		mvc.perform(get("/api/v1/countries/MEX"))
			.andExpect(jsonPath("$.memberships[?(@.mechanism == 'OCAM')].status", hasItem("OBSERVER")));
	}

	@Test
	void unknownCodesAreNotFound() throws Exception {
		mvc.perform(get("/api/v1/countries/XYZ"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/mechanisms/NOPE")).andExpect(status().isNotFound());
	}

	@Test
	void theApiIsDocumented() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/countries'].get.parameters[*].name", hasItem("size")))
			.andExpect(jsonPath("$.paths['/api/v1/countries/{iso3}'].get.responses['404']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/mechanisms'].get.responses['400']").exists());
	}
}
