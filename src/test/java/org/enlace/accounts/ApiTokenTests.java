package org.enlace.accounts;

import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EnlaceTest
class ApiTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenIsShownOnceWorksOnTheApiAndStopsWorkingWhenRevoked() throws Exception {
		String username = TestAccounts.create(accounts, "tokens.life");

		MvcResult created = mvc.perform(post("/account/tokens").param("name", "nightly export").with(as(username))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/account"))
			.andReturn();
		String token = (String) created.getFlashMap().get("newToken");
		assertThat(token).startsWith("enl_").hasSizeGreaterThan(40);
		// Only a hash is kept.
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?").param(token).query(Long.class)
			.single()).isZero();

		String shown = mvc.perform(get("/account").flashAttrs(created.getFlashMap()).with(as(username)))
			.andReturn().getResponse().getContentAsString();
		assertThat(shown).contains(token, "nightly export");
		String later = mvc.perform(get("/account").with(as(username))).andReturn().getResponse().getContentAsString();
		assertThat(later).contains("nightly export").doesNotContain(token);

		assertThat(api(token).getStatus()).isEqualTo(200);
		assertThat(api("enl_" + "x".repeat(43)).getStatus()).isEqualTo(401);
		var listed = tokens.tokensOf(username);
		assertThat(listed).singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());

		mvc.perform(post("/account/tokens/{id}/revoke", listed.get(0).id()).with(as(username)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(api(token).getStatus()).isEqualTo(401);
		assertThat(tokens.tokensOf(username)).isEmpty();
	}

	@Test
	void someoneElsesTokenCannotBeRevoked() throws Exception {
		String owner = TestAccounts.create(accounts, "tokens.owner");
		String other = TestAccounts.create(accounts, "tokens.other");
		String token = tokens.issue(owner, "mine");
		long id = tokens.tokensOf(owner).get(0).id();

		mvc.perform(post("/account/tokens/{id}/revoke", id).with(as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(api(token).getStatus()).isEqualTo(200);
	}

	@Test
	void aTokenOfADisabledAccountIsRefused() throws Exception {
		String username = TestAccounts.create(accounts, "tokens.disabled");
		String token = tokens.issue(username, "script");
		jdbc.sql("update account set enabled = false where username = ?").param(username).update();

		assertThat(api(token).getStatus()).isEqualTo(401);
	}

	@Test
	void aTokenNeedsAName() throws Exception {
		String username = TestAccounts.create(accounts, "tokens.noname");

		String page = mvc.perform(post("/account/tokens").param("name", " ").header("Accept-Language", "en")
				.with(as(username)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Give the token a name");
		assertThat(tokens.tokensOf(username)).isEmpty();
	}

	@Test
	void theBootstrapTokenActsAsTheFirstAdministrator() throws Exception {
		assertThat(api("enl_bootstrap_test_token").getStatus()).isEqualTo(200);

		var principal = tokens.authenticate("enl_bootstrap_test_token").orElseThrow();
		assertThat(principal.getUsername()).isEqualTo("admin");
		assertThat(principal.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_ADMIN");
	}

	private MockHttpServletResponse api(String token) throws Exception {
		return mvc.perform(get("/api/v1/mechanisms").header("Authorization", "Bearer " + token)).andReturn()
			.getResponse();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}
}
