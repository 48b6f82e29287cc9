package org.enlace.accounts;

import java.util.ArrayList;
import java.util.List;

import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enlace.accounts.TestAccounts.PASSWORD;
import static org.enlace.accounts.TestAccounts.freshAddress;
import static org.enlace.accounts.TestAccounts.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EnlaceTest
class SecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void afterFiveFailuresEvenTheRightPasswordIsRefusedAndAnUnknownNameGetsTheSameAnswers() throws Exception {
		String known = TestAccounts.create(accounts, "throttle.known");
		String unknown = TestAccounts.unique("throttle.unknown");

		List<String> forKnown = attempts(known, freshAddress());
		List<String> forUnknown = attempts(unknown, freshAddress());

		assertThat(forKnown).hasSize(6).containsOnly("302 /login?error");
		assertThat(forUnknown).isEqualTo(forKnown);
		mvc.perform(signIn(known, PASSWORD, freshAddress())).andExpect(unauthenticated());
		// Someone else signing in from the same address is not held up by it.
		String other = TestAccounts.create(accounts, "throttle.other");
		mvc.perform(signIn(other, PASSWORD, freshAddress())).andExpect(authenticated().withUsername(other));
	}

	@Test
	void theSessionIdChangesAtSignInAndTheSessionEndsAtSignOut() throws Exception {
		String username = TestAccounts.create(accounts, "session.user");
		MockHttpSession session = new MockHttpSession();
		String anonymousId = session.getId();

		mvc.perform(signIn(username, PASSWORD, freshAddress()).session(session))
			.andExpect(authenticated().withUsername(username));
		assertThat(session.getId()).isNotEqualTo(anonymousId);
		mvc.perform(get("/account").session(session)).andExpect(status().isOk());

		mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/?signedOut"));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aChangeWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		String username = TestAccounts.create(accounts, "csrf.user");

		mvc.perform(post("/account/name").param("displayName", "Forged").with(user(users.loadUserByUsername(username))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/account/name").param("displayName", "Forged").with(csrf().useInvalidToken())
				.with(user(users.loadUserByUsername(username))))
			.andExpect(status().isForbidden());
		assertThat(accounts.find(username).orElseThrow().displayName()).isEqualTo("Test " + username);

		String invitee = TestAccounts.unique("csrf.invitee");
		mvc.perform(post("/admin/accounts").param("username", invitee).param("displayName", "Forged")
				.param("email", invitee + "@example.org").param("language", "en")
				.with(user(users.loadUserByUsername("demo.admin"))))
			.andExpect(status().isForbidden());
		assertThat(accounts.exists(invitee)).isFalse();

		mvc.perform(post("/login").param("username", username).param("password", PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		for (String path : List.of("/", "/login", "/password/forgot")) {
			check(mvc.perform(get(path)).andReturn().getResponse(), path);
		}
		String username = TestAccounts.create(accounts, "headers.user");
		MockHttpServletResponse profile = mvc.perform(get("/account").with(user(users.loadUserByUsername(username))))
			.andReturn().getResponse();
		check(profile, "/account");
		// The profile can show a fresh API token: it must not be kept in caches.
		assertThat(profile.getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void theFirstAdministratorSignsInWithThePasswordFromTheEnvironment() throws Exception {
		mvc.perform(signIn("admin", "admin-test-password-1", freshAddress()))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername("admin").withRoles("ADMIN", "MEMBER"));
	}

	@Test
	void anAccountSignsInWithItsEmailAddressToo() throws Exception {
		String username = TestAccounts.create(accounts, "email.login");

		mvc.perform(signIn(username.toUpperCase() + "@TEST.EXAMPLE.ORG", PASSWORD, freshAddress()))
			.andExpect(authenticated().withUsername(username));
	}

	private List<String> attempts(String username, String address) throws Exception {
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			answers.add(answer(signIn(username, "wrong password " + i, address)));
		}
		answers.add(answer(signIn(username, PASSWORD, address)));
		return answers;
	}

	private String answer(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		var response = mvc.perform(request).andExpect(unauthenticated()).andReturn().getResponse();
		return response.getStatus() + " " + response.getRedirectedUrl();
	}

	private static void check(MockHttpServletResponse response, String path) {
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).as("CSP of " + path).isNotNull()
			.contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
			.doesNotContain("'unsafe-inline'", "'unsafe-eval'");
		assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
	}
}
