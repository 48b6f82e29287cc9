package org.enlace.platform.web;

import org.enlace.shared.Actor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link Actor} behind the current request, from Spring Security's context. */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Actor get() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Actor.ANONYMOUS;
		}
		return Actor.of(authentication.getName(),
				authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
	}
}
