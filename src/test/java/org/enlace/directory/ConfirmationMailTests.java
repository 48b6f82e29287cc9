package org.enlace.directory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An editor mails a person the link that confirms their entry; the link in the mail works. */
@EnlaceTest
class ConfirmationMailTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theMailedLinkConfirmsTheEntry() throws Exception {
		var c = jdbc.sql("""
				select c.id, c.email from contact c join organization o on o.id = c.organization_id
				where o.country_iso3 = 'GTM' and c.email is not null order by c.id limit 1""").query().singleRow();
		long id = ((Number) c.get("id")).longValue();
		String page = mvc.perform(get("/contacts/" + id).with(user(users.loadUserByUsername("demo.focal.gt"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/contacts/" + id + "/confirmation-request");
		assertThat(mvc.perform(get("/contacts/" + id).with(user(users.loadUserByUsername("demo.focal.hn"))))
			.andReturn().getResponse().getContentAsString()).doesNotContain("confirmation-request");

		mvc.perform(post("/contacts/" + id + "/confirmation-request").with(csrf())
			.with(user(users.loadUserByUsername("demo.focal.hn")))).andExpect(status().isForbidden());
		mvc.perform(post("/contacts/" + id + "/confirmation-request").with(csrf())
			.with(user(users.loadUserByUsername("demo.focal.gt")))).andExpect(status().is3xxRedirection());

		assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
		var message = mail.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(c.get("email"));
		Matcher link = Pattern.compile("http://localhost:8080(/verify/contact/" + id + "\\?expires=\\d+&sig=[A-Za-z0-9_-]+)")
			.matcher(message.getContent().toString());
		assertThat(link.find()).isTrue();
		assertThat(mvc.perform(get(link.group(1))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("Sí, sigue siendo correcta");
	}

	@Test
	void aSeatsHolderIsAskedToConfirmTheSeat() throws Exception {
		var seat = jdbc.sql("""
				select p.id, c.email from position p join position_term t on t.position_id = p.id and t.ends_on is null
				join contact c on c.id = t.contact_id
				where p.country_iso3 = 'GTM' and p.mechanism_code = 'OCAM' and c.email is not null limit 1""")
			.query().singleRow();
		long id = ((Number) seat.get("id")).longValue();
		mvc.perform(post("/positions/" + id + "/confirmation-request").with(csrf())
			.with(user(users.loadUserByUsername("demo.secretariat.rcm")))).andExpect(status().isForbidden());
		mvc.perform(post("/positions/" + id + "/confirmation-request").with(csrf())
			.with(user(users.loadUserByUsername("demo.secretariat.ocam")))).andExpect(status().is3xxRedirection());
		assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
		var message = mail.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(seat.get("email"));
		Matcher link = Pattern.compile("http://localhost:8080(/verify/position/" + id + "\\?expires=\\d+&sig=[A-Za-z0-9_-]+)")
			.matcher(message.getContent().toString());
		assertThat(link.find()).isTrue();
		mvc.perform(get(link.group(1))).andExpect(status().isOk());
	}
}
