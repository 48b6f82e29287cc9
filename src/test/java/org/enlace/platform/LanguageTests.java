package org.enlace.platform;

import jakarta.servlet.http.Cookie;
import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EnlaceTest
class LanguageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void visitorsWithoutPreferenceGetSpanish() throws Exception {
		String html = page(get("/"));
		assertThat(html).contains("<html lang=\"es\"").contains("Los mecanismos de un vistazo");
	}

	@Test
	void browserLanguageIsNegotiated() throws Exception {
		assertThat(page(get("/").header("Accept-Language", "en-US,en;q=0.9"))).contains("<html lang=\"en\"")
			.contains("Mechanisms at a glance");
		assertThat(page(get("/").header("Accept-Language", "fr-CA,fr;q=0.8,en;q=0.5"))).contains("<html lang=\"fr\"")
			.contains("Les mécanismes en un coup d");
		assertThat(page(get("/").header("Accept-Language", "de-DE,pt;q=0.8"))).contains("<html lang=\"es\"");
	}

	@Test
	void theSwitcherRemembersTheChoiceInACookie() throws Exception {
		MvcResult result = mvc.perform(post("/language").param("lang", "en").param("returnTo", "/mechanisms/RCM")
			.with(csrf())).andExpect(status().isFound()).andExpect(redirectedUrl("/mechanisms/RCM")).andReturn();
		Cookie cookie = result.getResponse().getCookie("enlace-lang");
		assertThat(cookie).isNotNull();
		assertThat(page(get("/mechanisms/RCM").cookie(cookie).header("Accept-Language", "es")))
			.contains("<html lang=\"en\"").contains("Presidency troika");
	}

	@Test
	void anUnknownLanguageChangesNothing() throws Exception {
		MvcResult result = mvc.perform(post("/language").param("lang", "xx").param("returnTo", "/").with(csrf()))
			.andExpect(status().isFound()).andReturn();
		assertThat(result.getResponse().getCookie("enlace-lang")).isNull();
	}

	@Test
	void theSwitcherNeverRedirectsToAnotherSite() throws Exception {
		for (String target : new String[] { "//evil.example/x", "https://evil.example", "/\\evil.example", "javascript:alert(1)" }) {
			mvc.perform(post("/language").param("lang", "en").param("returnTo", target).with(csrf()))
				.andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void theSwitcherNeedsACsrfToken() throws Exception {
		mvc.perform(post("/language").param("lang", "en")).andExpect(status().isForbidden());
	}

	@Test
	void unknownPagesAreTranslated404sWithoutDetails() throws Exception {
		String html = mvc.perform(get("/mechanisms/NOPE").header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Not found").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void apiErrorsAreProblemDetails() throws Exception {
		String json = mvc.perform(get("/api/v1/mechanisms/NOPE"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("\"status\":404").doesNotContain("Exception");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
