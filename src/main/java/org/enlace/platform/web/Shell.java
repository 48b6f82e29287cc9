package org.enlace.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.enlace.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What every page's layout needs, reachable from templates as {@code @shell} — also on error pages,
 * which are rendered without the controller's model.
 */
@Component("shell")
public class Shell {

	public Actor actor() {
		return CurrentActor.get();
	}

	/** The current path and query, for coming back after switching language. */
	public String currentPath() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "/";
		}
		HttpServletRequest request = attributes.getRequest();
		Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		String path = original != null ? original.toString() : request.getRequestURI();
		String query = original != null ? null : request.getQueryString();
		return path + (query == null ? "" : "?" + query);
	}
}
