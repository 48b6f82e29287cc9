package org.enlace.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enlace.accounts.TestAccounts.PASSWORD;
import static org.enlace.accounts.TestAccounts.freshAddress;
import static org.enlace.accounts.TestAccounts.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EnlaceTest
class PasswordResetTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	static final String NEW_PASSWORD = "a brand new password, with ñ and 漢字";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void answersTheSameWhetherOrNotTheAccountExists() throws Exception {
		String username = TestAccounts.create(accounts, "reset.same");

		MockHttpServletResponse known = forgot(username);
		MockHttpServletResponse unknown = forgot("nobody." + username);

		assertThat(unknown.getStatus()).isEqualTo(known.getStatus()).isEqualTo(302);
		assertThat(unknown.getRedirectedUrl()).isEqualTo(known.getRedirectedUrl()).isEqualTo("/password/forgot?sent");
		assertThat(unknown.getContentAsString()).isEqualTo(known.getContentAsString());
		String page = mvc.perform(get("/password/forgot?sent").header("Accept-Language", "en")).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("If an account exists for what you entered, we sent a link");
		// Only the existing account got a mail.
		Mails.to(mail, username + "@test.example.org", 1);
		Thread.sleep(300);
		assertThat(mail.getReceivedMessages()).hasSize(1);
	}

	@Test
	void aLinkByMailSetsANewPasswordOnce() throws Exception {
		String username = TestAccounts.create(accounts, "reset.flow");
		forgot(username + "@test.example.org");

		MimeMessage message = Mails.to(mail, username + "@test.example.org", 1);
		assertThat(message.getFrom()[0].toString()).isEqualTo("enlace@localhost");
		String link = Mails.link(message, "/password/reset");
		String token = Mails.token(link);
		assertThat(jdbc.sql("select count(*) from account_link where token_hash = ? and purpose = 'PASSWORD_RESET'")
			.param(sha256(token)).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from account_link where token_hash = ?").param(token).query(Long.class)
			.single()).isZero();

		assertThat(mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains(username);
		mvc.perform(post("/password/reset").param("token", token).param("password", NEW_PASSWORD)
				.param("confirmation", NEW_PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?reset"));

		mvc.perform(signIn(username, NEW_PASSWORD, freshAddress())).andExpect(authenticated().withUsername(username));
		mvc.perform(signIn(username, PASSWORD, freshAddress())).andExpect(unauthenticated());

		// Used: the same link no longer works, and changes nothing.
		mvc.perform(get(link)).andExpect(status().isNotFound());
		mvc.perform(post("/password/reset").param("token", token).param("password", "yet another password 123")
				.param("confirmation", "yet another password 123").with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(signIn(username, NEW_PASSWORD, freshAddress())).andExpect(authenticated());
	}

	@Test
	void theMailIsInTheAccountsLanguage() throws Exception {
		String username = TestAccounts.create(accounts, "reset.french");
		jdbc.sql("update account set language = 'fr' where username = ?").param(username).update();

		forgot(username);

		MimeMessage message = Mails.to(mail, username + "@test.example.org", 1);
		assertThat(message.getSubject()).isEqualTo("Enlace : choisir un nouveau mot de passe");
		assertThat(Mails.body(message)).contains("Bonjour Test " + username, "Quelqu’un a demandé", "2 heure(s)");
	}

	@Test
	void aMismatchedConfirmationIsShownAndTheLinkStillWorks() throws Exception {
		String username = TestAccounts.create(accounts, "reset.mismatch");
		forgot(username);
		String token = Mails.token(Mails.link(Mails.to(mail, username + "@test.example.org", 1), "/password/reset"));

		String page = mvc.perform(post("/password/reset").param("token", token).param("password", NEW_PASSWORD)
				.param("confirmation", "something else entirely").header("Accept-Language", "en").with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("The two passwords are not the same.");
		mvc.perform(get("/password/reset").param("token", token)).andExpect(status().isOk());
		mvc.perform(signIn(username, PASSWORD, freshAddress())).andExpect(authenticated());
	}

	@Test
	void anExpiredOrUnknownLinkShowsATranslatedErrorAndChangesNothing() throws Exception {
		String username = TestAccounts.create(accounts, "reset.expired");
		String token = "expired-token-" + username;
		jdbc.sql("""
				insert into account_link (account_id, purpose, token_hash, expires_at)
				select id, 'PASSWORD_RESET', ?, now() - interval '1 minute' from account where username = ?""")
			.params(sha256(token), username)
			.update();

		String page = mvc.perform(get("/password/reset").param("token", token).header("Accept-Language", "es"))
			.andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Este enlace no funciona");
		mvc.perform(post("/password/reset").param("token", token).param("password", NEW_PASSWORD)
				.param("confirmation", NEW_PASSWORD).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/password/reset").param("token", "x".repeat(5000))).andExpect(status().isNotFound());
		mvc.perform(get("/password/reset")).andExpect(status().isBadRequest());
		mvc.perform(signIn(username, PASSWORD, freshAddress())).andExpect(authenticated());
	}

	@Test
	void anInvitationLinkDoesNotResetAPassword() throws Exception {
		String username = TestAccounts.create(accounts, "reset.purpose");
		String token = "invitation-token-" + username;
		jdbc.sql("""
				insert into account_link (account_id, purpose, token_hash, expires_at)
				select id, 'INVITATION', ?, now() + interval '1 day' from account where username = ?""")
			.params(sha256(token), username)
			.update();

		mvc.perform(get("/password/reset").param("token", token)).andExpect(status().isNotFound());
	}

	private MockHttpServletResponse forgot(String identifier) throws Exception {
		return mvc.perform(post("/password/forgot").param("identifier", identifier).with(csrf())).andReturn()
			.getResponse();
	}

	static String sha256(String raw) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
	}
}
