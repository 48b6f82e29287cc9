package org.enlace.accounts;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.enlace.shared.Grant;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Accounts made for one test each (the database is shared), and sign-in requests from an address
 * of their own, so the login throttle of one test never counts another's failures.
 */
final class TestAccounts {

	static final String PASSWORD = "correct horse battery staple";

	private static final AtomicInteger NEXT = new AtomicInteger();

	private TestAccounts() {
	}

	/** A fresh user name with this prefix. */
	static String unique(String prefix) {
		return prefix + "." + System.nanoTime() % 1_000_000 + "." + NEXT.incrementAndGet();
	}

	/** A new account that signs in with {@link #PASSWORD}; returns its user name. */
	static String create(Accounts accounts, String prefix, Grant... grants) {
		String username = unique(prefix);
		accounts.create(new Accounts.NewAccount(username, username + "@test.example.org", "Test " + username, PASSWORD,
				Set.of(grants), false));
		return username;
	}

	/**
	 * A form sign-in, as the browser sends it. The servlet path is set as the servlet container sets
	 * it (MockMvc leaves it empty), since the login throttle looks at it.
	 */
	static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
		return post("/login").servletPath("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** An address no other sign-in of this test run uses. */
	static String freshAddress() {
		int n = NEXT.incrementAndGet();
		return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
	}
}
