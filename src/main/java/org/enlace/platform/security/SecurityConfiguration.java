package org.enlace.platform.security;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.context.event.EventListener;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: the REST API (stateless, Bearer tokens, no cookies so no CSRF) and the web
 * pages (form login, session, CSRF on every state change). What a user may see or change is decided
 * by the module facades; the URL rules here only keep anonymous users out of signed-in areas.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// BCrypt would cut passwords at 72 bytes; Argon2 takes any length of any script.
		var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		var encoders = Map.<String, PasswordEncoder>of("argon2", argon2, "pbkdf2",
				Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		return new DelegatingPasswordEncoder("argon2", encoders);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ObjectProvider<ApiTokenAuthenticator> tokens) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(c -> c.securityContextRepository(new NullSecurityContextRepository()))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.headers(this::strictHeaders);
		tokens.ifAvailable(authenticator -> http.addFilterBefore(new BearerTokenFilter(authenticator),
				UsernamePasswordAuthenticationFilter.class));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, LoginThrottle throttle, LocaleResolver localeResolver)
			throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
			.requestMatchers("/admin/**").hasRole("ADMIN")
			.requestMatchers("/account/**").authenticated()
			.requestMatchers(SecurityConfiguration::isEditingPage).authenticated()
			.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new LanguageRestoringSuccessHandler(localeResolver))
				.failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/?signedOut")
				.invalidateHttpSession(true)
				.deleteCookies("JSESSIONID"))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.addFilterBefore(new ThrottledLoginFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.headers(this::strictHeaders);
		return http.build();
	}

	/** Forms that change data are for signed-in users; the facades decide which ones. */
	static boolean isEditingPage(jakarta.servlet.http.HttpServletRequest request) {
		String path = PathWithinApplication.of(request);
		return path.endsWith("/new") || path.endsWith("/edit") || path.endsWith("/merge");
	}

	private void strictHeaders(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(f -> f.deny());
	}

	/** Counts login failures and clears them on success, for {@link LoginThrottle}. */
	@Configuration(proxyBeanMethods = false)
	static class ThrottleFeed {

		private final LoginThrottle throttle;

		ThrottleFeed(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@EventListener
		void on(AbstractAuthenticationFailureEvent event) {
			throttle.failed(String.valueOf(event.getAuthentication().getPrincipal()), address(event.getAuthentication()
				.getDetails()));
		}

		@EventListener
		void on(AuthenticationSuccessEvent event) {
			throttle.succeeded(event.getAuthentication().getName());
		}

		private static String address(Object details) {
			return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
		}
	}
}
