package org.enlace.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a login attempt before checking the password while the throttle holds. */
class ThrottledLoginFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	ThrottledLoginFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(PathWithinApplication.of(request)));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (throttle.isBlocked(request.getParameter("username"), request.getRemoteAddr())) {
			// Same outcome as a wrong password, so the answer reveals nothing about the account.
			throttle.failed(request.getParameter("username"), request.getRemoteAddr());
			response.sendRedirect(request.getContextPath() + "/login?error");
			return;
		}
		chain.doFilter(request, response);
	}
}
