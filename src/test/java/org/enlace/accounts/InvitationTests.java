package org.enlace.accounts;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.enlace.shared.Actor;
import org.enlace.shared.ForbiddenException;
import org.enlace.shared.Grant;
import org.enlace.shared.Role;
import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EnlaceTest
class InvitationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	static final String CHOSEN = "مفتاح سري جدا — 秘密の鍵 — clé secrète 🔑";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountAdministration administration;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInviteeSetsAPasswordFromTheMailAndSignsInWithTheGrantedRoles() throws Exception {
		String username = TestAccounts.unique("invite.flow");
		String email = username + "@invited.example.org";
		long iom = jdbc.sql("select id from organization where acronym = 'IOM' order by id limit 1").query(Long.class)
			.single();

		MvcResult result = mvc.perform(invite(username, email, "es")
				.param("grants[0].role", "FOCAL_POINT").param("grants[0].scope", "gtm")
				.param("grants[1].role", "PARTNER").param("grants[1].scope", String.valueOf(iom))
				.param("grants[2].role", "").param("grants[2].scope", ""))
			.andExpect(redirectedUrlPattern("/admin/accounts/*/edit"))
			.andReturn();
		assertThat(result.getFlashMap().get("notice")).isEqualTo("accounts.invite.sent");
		assertThat(accounts.find(username).orElseThrow().grants()).containsExactlyInAnyOrder(
				new Grant(Role.FOCAL_POINT, "GTM"), new Grant(Role.PARTNER, String.valueOf(iom)));
		mvc.perform(signIn(username, CHOSEN, freshAddress())).andExpect(unauthenticated());

		MimeMessage message = Mails.to(mail, email, 1);
		assertThat(message.getSubject()).isEqualTo("Invitación a Enlace");
		assertThat(Mails.body(message)).contains("Su nombre de usuario es " + username);
		String link = Mails.link(message, "/invitations/accept");
		String token = Mails.token(link);
		assertThat(jdbc.sql("select count(*) from account_link where token_hash = ? and purpose = 'INVITATION'")
			.param(PasswordResetTests.sha256(token)).query(Long.class).single()).isEqualTo(1);

		assertThat(mvc.perform(get(link).header("Accept-Language", "es")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains(username, "Le damos la bienvenida a Enlace");
		mvc.perform(post("/invitations/accept").param("token", token).param("password", CHOSEN)
				.param("confirmation", CHOSEN).with(csrf()))
			.andExpect(redirectedUrl("/login?reset"));

		MvcResult signedIn = mvc.perform(signIn(username, CHOSEN, freshAddress()))
			.andExpect(authenticated().withUsername(username))
			.andReturn();
		assertThat(authorities(signedIn)).contains("FOCAL_POINT:GTM", "PARTNER:" + iom, "ROLE_MEMBER");
		mvc.perform(get(link)).andExpect(status().isNotFound());
	}

	@Test
	void refusesUnknownScopesAndTakenNamesWithTranslatedErrorsNextToTheFields() throws Exception {
		long before = accountCount();
		String page = mvc.perform(invite("demo.member", "demo.focal.gt@demo.enlace.example", "en")
				.header("Accept-Language", "en")
				.param("grants[0].role", "SECRETARIAT").param("grants[0].scope", "NOPE")
				.param("grants[1].role", "FOCAL_POINT").param("grants[1].scope", "XXX")
				.param("grants[2].role", "PARTNER").param("grants[2].scope", "999999999")
				.param("grants[3].role", "PARTNER").param("grants[3].scope", "not a number")
				.param("grants[4].role", "SECRETARIAT").param("grants[4].scope", "")
				.param("grants[5].role", "KING").param("grants[5].scope", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("This user name is taken.", "Another account has this e-mail address.",
				"There is no mechanism with this code.", "There is no country with this ISO3 code.",
				"There is no organisation with this number in the directory.", "This role needs a scope.",
				"Choose a role from the list.");
		assertThat(page).contains("value=\"NOPE\"", "value=\"not a number\"");
		assertThat(accountCount()).isEqualTo(before);

		String spanish = mvc.perform(invite("Bad Name!", "not-an-email", "es").header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(spanish).contains("Use de 3 a 64 letras minúsculas", "Escriba un correo electrónico válido.");
	}

	@Test
	void onlyAdministratorsInvite() throws Exception {
		mvc.perform(post("/admin/accounts").param("username", "never.created").param("displayName", "Invitee")
				.param("email", "never.created@example.org").param("language", "en")
				.with(user(users.loadUserByUsername("demo.secretariat.rcm"))).with(csrf()))
			.andExpect(status().isForbidden());
		var secretariat = new Actor("demo.secretariat.rcm", java.util.Set.of(new Grant(Role.SECRETARIAT, "RCM")));
		assertThatThrownBy(() -> administration.invite(secretariat,
				new Invitation("never.created", "Invitee", "never.created@example.org", "en", List.of())))
			.isInstanceOf(ForbiddenException.class);
		assertThat(accounts.exists("never.created")).isFalse();
	}

	@Test
	void aNewInvitationReplacesTheEarlierLink() throws Exception {
		String username = TestAccounts.unique("invite.again");
		String email = username + "@invited.example.org";
		String id = idFrom(mvc.perform(invite(username, email, "en")).andReturn());
		String first = Mails.link(Mails.to(mail, email, 1), "/invitations/accept");

		mvc.perform(post("/admin/accounts/{id}/invitation", id).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts/" + id + "/edit"));
		assertThat(mail.waitForIncomingEmail(10_000, 2)).isTrue();
		String second = Mails.link(mail.getReceivedMessages()[1], "/invitations/accept");

		assertThat(second).isNotEqualTo(first);
		mvc.perform(get(first)).andExpect(status().isNotFound());
		mvc.perform(get(second)).andExpect(status().isOk());
	}

	@Test
	void anAdministratorChangesGrantsAndDisablesAnAccount() throws Exception {
		String username = TestAccounts.create(accounts, "admin.edit", new Grant(Role.FOCAL_POINT, "HND"),
				new Grant(Role.ADMIN, null));
		var account = accounts.find(username).orElseThrow();

		assertThat(mvc.perform(get("/admin/accounts/{id}/edit", account.id()).with(admin())
				.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains(username, "Focal point", "Honduras");

		mvc.perform(change(account.id(), account.version(), true).param("grants[0].role", "SECRETARIAT")
				.param("grants[0].scope", "ocam").param("grants[1].role", "").param("grants[1].scope", ""))
			.andExpect(redirectedUrl("/admin/accounts/" + account.id() + "/edit"));
		var changed = accounts.find(username).orElseThrow();
		assertThat(changed.grants()).containsExactly(new Grant(Role.SECRETARIAT, "OCAM"));
		assertThat(jdbc.sql("select role || ':' || coalesce(scope, '') from account_grant where account_id = ?")
			.param(account.id()).query(String.class).list()).containsExactly("SECRETARIAT:OCAM");
		assertThat(history(account.id())).contains("UPDATED");

		mvc.perform(change(account.id(), changed.version(), false).param("grants[0].role", "SECRETARIAT")
				.param("grants[0].scope", "OCAM"))
			.andExpect(status().is3xxRedirection());
		assertThat(accounts.find(username).orElseThrow().enabled()).isFalse();
		mvc.perform(signIn(username, PASSWORD, freshAddress())).andExpect(unauthenticated());
	}

	@Test
	void aChangeMadeMeanwhileIsNotOverwrittenAndTheInputIsKept() throws Exception {
		String username = TestAccounts.create(accounts, "admin.stale", new Grant(Role.FOCAL_POINT, "HND"));
		var account = accounts.find(username).orElseThrow();
		administration.changeAccess(adminActor(), account.id(),
				new AccessChange(account.version(), true, List.of(new RequestedGrant("FOCAL_POINT", "GTM"))));

		String page = mvc.perform(change(account.id(), account.version(), true).header("Accept-Language", "en")
				.param("grants[0].role", "SECRETARIAT").param("grants[0].scope", "SICA"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Someone changed this account while you were editing it", "value=\"SICA\"");
		assertThat(accounts.find(username).orElseThrow().grants()).containsExactly(new Grant(Role.FOCAL_POINT, "GTM"));
	}

	@Test
	void anAdministratorCannotDisableTheirOwnAccount() throws Exception {
		String username = TestAccounts.create(accounts, "admin.self", new Grant(Role.ADMIN, null));
		var account = accounts.find(username).orElseThrow();

		String page = mvc.perform(post("/admin/accounts/{id}", account.id()).param("version",
				String.valueOf(account.version())).param("grants[0].role", "ADMIN").header("Accept-Language", "en")
				.with(user(users.loadUserByUsername(username))).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("You cannot disable your own account.");
		assertThat(accounts.find(username).orElseThrow().enabled()).isTrue();
	}

	@Test
	@Transactional // rolled back: the other administrators are only disabled for this test
	void theLastActiveAdministratorKeepsTheRole() throws Exception {
		String username = TestAccounts.create(accounts, "admin.last", new Grant(Role.ADMIN, null));
		var account = accounts.find(username).orElseThrow();
		jdbc.sql("""
				update account set enabled = false where username <> ? and id in
				(select account_id from account_grant where role = 'ADMIN')""").param(username).update();

		String page = mvc.perform(post("/admin/accounts/{id}", account.id())
				.param("version", String.valueOf(account.version())).param("enabled", "true")
				.param("grants[0].role", "MEMBER").header("Accept-Language", "en")
				.with(user(users.loadUserByUsername(username))).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("This is the last active administrator.");
		assertThat(accounts.find(username).orElseThrow().grants()).containsExactly(new Grant(Role.ADMIN, null));
	}

	@Test
	void listsAccountsWithTheirRolesAndFlags() throws Exception {
		String page = mvc.perform(get("/admin/accounts").with(admin()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("demo.focal.gt", "Demo focal point, Guatemala", "demo.focal.gt@demo.enlace.example",
				"Focal point", "Guatemala", "demo", "active");
	}

	private long accountCount() {
		return jdbc.sql("select count(*) from account").query(Long.class).single();
	}

	private MockHttpServletRequestBuilder invite(String username, String email, String language) {
		return post("/admin/accounts").param("username", username).param("displayName", "Invitee")
			.param("email", email).param("language", language).with(admin()).with(csrf());
	}

	private MockHttpServletRequestBuilder change(long id, int version, boolean enabled) {
		var request = post("/admin/accounts/{id}", id).param("version", String.valueOf(version)).with(admin())
			.with(csrf());
		return enabled ? request.param("enabled", "true") : request;
	}

	private String history(long id) {
		return String.join(",", jdbc.sql("select action from audit_entry where entity_type = 'account' and entity_id = ?")
			.param(String.valueOf(id)).query(String.class).list());
	}

	private RequestPostProcessor admin() {
		return user(users.loadUserByUsername("demo.admin"));
	}

	private static Actor adminActor() {
		return new Actor("demo.admin", java.util.Set.of(new Grant(Role.ADMIN, null)));
	}

	private static String idFrom(MvcResult result) {
		String url = result.getResponse().getRedirectedUrl();
		return url.replaceAll("\\D+", "");
	}

	private static List<String> authorities(MvcResult result) {
		var context = (org.springframework.security.core.context.SecurityContext) result.getRequest().getSession()
			.getAttribute("SPRING_SECURITY_CONTEXT");
		return context.getAuthentication().getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}
}
