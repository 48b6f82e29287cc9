package org.enlace.platform.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The request path without the context path. Unlike {@code getServletPath()} it is the same
 * whatever the servlet mapping, and under MockMvc too.
 */
final class PathWithinApplication {

	private PathWithinApplication() {
	}

	static String of(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length())
				: uri;
	}
}
