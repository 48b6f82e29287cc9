package org.enlace.platform.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/** After sign-in, switches to the language the user chose last time, on whatever device. */
class LanguageRestoringSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LocaleResolver localeResolver;

	LanguageRestoringSuccessHandler(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof PreferredLanguage preferred
				&& preferred.preferredLanguage() != null) {
			localeResolver.setLocale(request, response, Locale.forLanguageTag(preferred.preferredLanguage()));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
