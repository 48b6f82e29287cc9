package org.enlace.accounts;

import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** No mail server listens here: pages must say so in the user's language, never fail with a 500. */
@EnlaceTest
class MailFailureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Test
	void anInvitationThatCouldNotBeMailedKeepsTheAccountAndSaysSo() throws Exception {
		String username = TestAccounts.unique("mail.down");

		MvcResult invited = mvc.perform(post("/admin/accounts").param("username", username)
				.param("displayName", "Mail down").param("email", username + "@example.org").param("language", "fr")
				.with(user(users.loadUserByUsername("demo.admin"))).with(csrf()))
			.andExpect(redirectedUrlPattern("/admin/accounts/*/edit"))
			.andReturn();

		String page = mvc.perform(get(invited.getResponse().getRedirectedUrl()).flashAttrs(invited.getFlashMap())
				.header("Accept-Language", "en").with(user(users.loadUserByUsername("demo.admin"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("The e-mail could not be sent right now", "Send the invitation again");
		assertThat(accounts.find(username)).get().satisfies(a -> assertThat(a.invitationPending()).isTrue());

		MvcResult resent = mvc.perform(post(invited.getResponse().getRedirectedUrl().replace("/edit", "/invitation"))
				.with(user(users.loadUserByUsername("demo.admin"))).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(resent.getFlashMap().get("warning")).isEqualTo("accounts.invite.mailFailed");
	}

	@Test
	void askingForAResetAnswersAsAlways() throws Exception {
		String username = TestAccounts.create(accounts, "mail.down.reset");

		mvc.perform(post("/password/forgot").param("identifier", username).with(csrf()))
			.andExpect(redirectedUrl("/password/forgot?sent"));
	}
}
