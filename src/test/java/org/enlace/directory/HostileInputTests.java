package org.enlace.directory;

import java.util.List;
import java.util.Map;

import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whatever people type into the organisation and contact forms is stored as typed and shown
 * escaped, or refused next to the field when it is too long; it never becomes markup.
 */
@EnlaceTest
class HostileInputTests {

	static final String SCRIPT = "<script>alert('x')</script>";

	static final List<String> NASTY = List.of(SCRIPT, "\"quoted\" & 'single' <b>bold</b>",
			"مؤسسة الهجرة الوطنية", "Migración 🌎🧭 👩🏽‍💼");

	static final String LONG = "a".repeat(5000);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void organisationTextIsStoredAndShownEscaped() throws Exception {
		for (String nasty : NASTY) {
			for (String field : List.of("name", "acronym")) {
				Map<String, String> form = new java.util.HashMap<>(Map.of("name", "Organización hostil " + nasty.hashCode(),
						"kind", "CIVIL_SOCIETY", "countryIso3", "GTM", "saveAnyway", "true"));
				form.put(field, field.equals("acronym") ? nasty.substring(0, Math.min(nasty.length(), 40)) : nasty);
				String location = mvc.perform(send("/organizations/new", form)).andExpect(status().is3xxRedirection())
					.andReturn().getResponse().getRedirectedUrl();
				String page = mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse()
					.getContentAsString();
				assertThat(page).doesNotContain(SCRIPT).doesNotContain("<b>bold</b>");
				if (nasty.equals(SCRIPT)) {
					assertThat(page).contains("&lt;script&gt;");
				}
			}
		}
		String stored = jdbc.sql("select name from organization where name = ?").params(SCRIPT).query(String.class)
			.single();
		assertThat(stored).isEqualTo(SCRIPT);
	}

	@Test
	void aScriptIsNoWebsite() throws Exception {
		String page = mvc.perform(send("/organizations/new", Map.of("name", "Sitio hostil", "kind", "DONOR",
				"countryIso3", "GTM", "website", "javascript:alert(1)")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Una dirección web que empiece por http");
	}

	@Test
	void tooLongTextIsRefusedNextToTheField() throws Exception {
		long before = jdbc.sql("select count(*) from organization").query(Long.class).single();
		for (String field : List.of("name", "acronym", "website")) {
			Map<String, String> form = new java.util.HashMap<>(Map.of("name", "Larga", "kind", "DONOR", "countryIso3",
					"GTM", "saveAnyway", "true"));
			form.put(field, LONG);
			String page = mvc.perform(send("/organizations/new", form)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			assertThat(page).as(field).contains("id=\"" + field + "-error\"").contains("Demasiado largo");
		}
		assertThat(jdbc.sql("select count(*) from organization").query(Long.class).single()).isEqualTo(before);
		for (String field : List.of("honorific", "givenName", "familyName", "jobTitle", "email", "phone", "languages")) {
			Map<String, String> form = new java.util.HashMap<>(Map.of("givenName", "Larga", "familyName", "Persona"));
			form.put(field, LONG);
			String page = mvc.perform(send("/contacts/new", form)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			assertThat(page).as(field).contains("id=\"" + field + "-error\"");
		}
	}

	@Test
	void contactTextIsStoredAndShownEscaped() throws Exception {
		long organization = jdbc.sql("select id from organization where acronym = 'IGM' and merged_into_id is null")
			.query(Long.class).single();
		for (String nasty : NASTY) {
			String location = mvc.perform(send("/contacts/new", Map.of("honorific", nasty.substring(0,
					Math.min(nasty.length(), 40)), "givenName", nasty, "familyName", nasty, "jobTitle", nasty, "phone",
					nasty.substring(0, Math.min(nasty.length(), 60)), "organizationId", String.valueOf(organization))))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
			String page = mvc.perform(get(location).with(user(users.loadUserByUsername("demo.member"))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(page).doesNotContain(SCRIPT).doesNotContain("<b>bold</b>");
			assertThat(mvc.perform(get("/directory?q=" + java.net.URLEncoder.encode(nasty, "UTF-8"))).andReturn()
				.getResponse().getContentAsString()).doesNotContain(SCRIPT);
		}
		assertThat(jdbc.sql("select count(*) from contact where job_title = ?").params(SCRIPT).query(Long.class)
			.single()).isEqualTo(1);
	}

	private MockHttpServletRequestBuilder send(String uri, Map<String, String> form) {
		MockHttpServletRequestBuilder request = post(uri).with(csrf())
			.with(user(users.loadUserByUsername("demo.focal.gt")));
		form.forEach(request::param);
		return request;
	}
}
