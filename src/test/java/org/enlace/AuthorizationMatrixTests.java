package org.enlace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.enlace.accounts.ApiTokens;
import org.enlace.support.DatabaseFingerprint;
import org.enlace.support.EnlaceTest;
import org.enlace.support.Fixtures;
import org.enlace.support.RouteCase;
import org.enlace.support.RouteCatalog;
import org.enlace.support.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route of ours, as every kind of user, must answer as its module's {@link RouteCatalog}
 * says; a refusal must leave the database unchanged. Routes come from the handler mappings, so a
 * new route without a case fails {@link #everyRouteHasACase()}.
 */
@EnlaceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<Who, String> tokens = new EnumMap<>(Who.class);

	private List<RouteCase> cases;

	@BeforeAll
	void collectCases() throws Exception {
		Fixtures fixtures = new Fixtures(jdbc);
		cases = new ArrayList<>();
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(RouteCatalog.class));
		for (var candidate : scanner.findCandidateComponents("org.enlace")) {
			var catalog = (RouteCatalog) Class.forName(candidate.getBeanClassName()).getDeclaredConstructor()
				.newInstance();
			cases.addAll(catalog.routes(fixtures));
		}
		for (Who who : Who.values()) {
			if (who.username() != null) {
				tokens.put(who, apiTokens.issue(who.username(), "matrix"));
			}
		}
	}

	@Test
	void everyRouteHasACase() {
		Set<String> routes = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("org.enlace")) {
				return;
			}
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add("ANY " + pattern);
				}
				methods.forEach(m -> routes.add(m.name() + " " + pattern));
			}
		});
		Set<String> covered = new TreeSet<>();
		cases.forEach(c -> covered.add(c.key()));
		assertThat(covered).as("routes without an authorization case").containsAll(routes);
		assertThat(routes).as("cases for routes that do not exist").containsAll(covered);
		cases.forEach(c -> assertThat(c.expected().keySet()).as("who is not covered for " + c).containsAll(
				List.of(Who.values())));
	}

	@TestFactory
	Stream<DynamicTest> everyRoleGetsWhatItMay() {
		record Attempt(RouteCase route, Who who, int status) {
		}
		List<Attempt> attempts = new ArrayList<>();
		cases.forEach(c -> c.expected().forEach((who, status) -> attempts.add(new Attempt(c, who, status))));
		// Refusals first: an allowed change (a merge, a deletion) must not pull the ground from under them.
		attempts.sort(Comparator.comparing((Attempt a) -> !RouteCase.isDenial(a.status()))
			.thenComparing(a -> a.route().method().name().equals("GET") ? 0 : 1));
		return attempts.stream()
			.map(a -> DynamicTest.dynamicTest(a.route() + " as " + a.who() + " → " + label(a.status()),
					() -> check(a.route(), a.who(), a.status())));
	}

	private void check(RouteCase route, Who who, int expected) throws Exception {
		boolean denial = RouteCase.isDenial(expected);
		String before = denial && !route.method().name().equals("GET") ? DatabaseFingerprint.of(jdbc) : null;
		MockHttpServletResponse response = mvc.perform(build(route, who)).andReturn().getResponse();
		if (expected == RouteCase.LOGIN) {
			assertThat(response.getStatus()).as("status").isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as("redirect").endsWith("/login");
		}
		else {
			assertThat(response.getStatus()).as("status of " + route + " as " + who).isEqualTo(expected);
		}
		if (before != null) {
			assertThat(DatabaseFingerprint.of(jdbc)).as("database after a refused " + route).isEqualTo(before);
		}
	}

	private AbstractMockHttpServletRequestBuilder<?> build(RouteCase route, Who who) {
		AbstractMockHttpServletRequestBuilder<?> request = route.upload() == null ? request(route.method(), route.uri())
				: multipart(route.method(), route.uri()).file(new MockMultipartFile(route.upload().part(),
						route.upload().fileName(), MediaType.APPLICATION_OCTET_STREAM_VALUE, route.upload().content()));
		boolean api = route.uri().startsWith("/api/");
		if (who.username() != null) {
			if (api) {
				request.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get(who));
			}
			else {
				request.with(user(users.loadUserByUsername(who.username())));
			}
		}
		if (!route.method().name().equals("GET") && !api) {
			request.with(csrf());
		}
		route.form().forEach(request::param);
		if (route.json() != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(route.json());
		}
		return request;
	}

	private static String label(int status) {
		return status == RouteCase.LOGIN ? "login" : String.valueOf(status);
	}
}
