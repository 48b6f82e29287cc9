package org.enlace.accounts;

import org.enlace.shared.Grant;
import org.enlace.shared.Role;
import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EnlaceTest
class ProfileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsNameEmailAndRolesWithTheirScopesInTheReadersLanguage() throws Exception {
		String username = TestAccounts.create(accounts, "profile.roles", new Grant(Role.FOCAL_POINT, "GTM"),
				new Grant(Role.SECRETARIAT, "RCM"));

		String english = page(username, "en");
		assertThat(english).contains(username, username + "@test.example.org", "Focal point", "Guatemala",
				"Secretariat", "RCM", "Your account");

		String spanish = page(username, "es");
		assertThat(spanish).contains("Punto focal", "Secretaría", "Su cuenta");
		assertThat(page(username, "fr")).contains("Point focal", "Secrétariat", "Votre compte");
	}

	@Test
	void storesHostileNamesAsTypedAndShowsThemEscaped() throws Exception {
		String username = TestAccounts.create(accounts, "profile.hostile");
		String hostile = "<script>alert(1)</script> \"Ana\" O'Brien — مرحبا بالعالم שלום 👩🏽‍💻🌎";

		mvc.perform(post("/account/name").param("displayName", hostile).with(as(username)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/account"));

		assertThat(jdbc.sql("select display_name from account where username = ?").param(username)
			.query(String.class).single()).isEqualTo(hostile);
		String page = page(username, "en");
		assertThat(page).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("&quot;Ana&quot;")
			.contains("مرحبا بالعالم שלום 👩🏽‍💻🌎");
		assertThat(page).doesNotContain("O'Brien").contains("O&#39;Brien");
	}

	@Test
	void refusesAnEmptyOrOverlongNameNextToTheField() throws Exception {
		String username = TestAccounts.create(accounts, "profile.blank");

		String body = mvc.perform(post("/account/name").param("displayName", "   ").header("Accept-Language", "en")
				.with(as(username)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(body).contains("Enter a name.").contains("aria-invalid=\"true\"");

		mvc.perform(post("/account/name").param("displayName", "x".repeat(201)).header("Accept-Language", "en")
				.with(as(username)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select display_name from account where username = ?").param(username)
			.query(String.class).single()).isEqualTo("Test " + username);
	}

	@Test
	void aChosenLanguageIsSavedAndRestoredAtTheNextSignIn() throws Exception {
		String username = TestAccounts.create(accounts, "profile.language");

		mvc.perform(post("/account/language").param("language", "fr").with(as(username)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select language from account where username = ?").param(username)
			.query(String.class).single()).isEqualTo("fr");

		mvc.perform(signIn(username, PASSWORD, freshAddress()))
			.andExpect(authenticated().withUsername(username))
			.andExpect(cookie().value("enlace-lang", "fr"));
	}

	@Test
	void refusesALanguageThePlatformDoesNotSpeak() throws Exception {
		String username = TestAccounts.create(accounts, "profile.language.bad");

		mvc.perform(post("/account/language").param("language", "de").with(as(username)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select language from account where username = ?").param(username)
			.query(String.class).optional()).isEmpty();
	}

	@Test
	void changesThePasswordToALongOneInAnyScript() throws Exception {
		String username = TestAccounts.create(accounts, "profile.password");
		// 130 characters: Arabic, Chinese, Devanagari, accents and emoji (some outside the BMP).
		String password = ("كلمة مرور 密码很长 पासवर्ड ñandú 🔐🦜 ").repeat(5);
		assertThat(password.codePointCount(0, password.length())).isGreaterThanOrEqualTo(128);

		mvc.perform(post("/account/password").param("currentPassword", PASSWORD).param("password", password)
				.param("confirmation", password).with(as(username)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/account"));

		mvc.perform(signIn(username, password, freshAddress())).andExpect(authenticated().withUsername(username));
		mvc.perform(signIn(username, PASSWORD, freshAddress())).andExpect(unauthenticated());
	}

	@Test
	void keepsThePasswordWhenTheCurrentOneIsWrongOrTheNewOneIsTooShort() throws Exception {
		String username = TestAccounts.create(accounts, "profile.password.bad");
		String hash = hashOf(username);

		String body = mvc.perform(post("/account/password").param("currentPassword", "wrong password!")
				.param("password", "short").param("confirmation", "other").header("Accept-Language", "en")
				.with(as(username)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(body).contains("This is not your current password.", "Use at least 12 characters.",
				"The two passwords are not the same.");
		// A password typed is never sent back in the page.
		assertThat(body).doesNotContain("wrong password!");
		assertThat(hashOf(username)).isEqualTo(hash);
	}

	@Test
	void anAnonymousVisitorIsSentToSignIn() throws Exception {
		mvc.perform(get("/account")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	private String page(String username, String language) throws Exception {
		return mvc.perform(get("/account").header("Accept-Language", language).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String hashOf(String username) {
		return jdbc.sql("select password_hash from account where username = ?").param(username).query(String.class)
			.single();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}
}
