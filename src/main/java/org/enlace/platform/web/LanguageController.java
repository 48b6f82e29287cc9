package org.enlace.platform.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.enlace.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switcher: a plain form, so it works without JavaScript. */
@Controller
class LanguageController {

	private final LocaleResolver localeResolver;

	private final ApplicationEventPublisher events;

	LanguageController(LocaleResolver localeResolver, ApplicationEventPublisher events) {
		this.localeResolver = localeResolver;
		this.events = events;
	}

	@PostMapping("/language")
	String choose(@RequestParam String lang, @RequestParam(required = false) String returnTo, Actor actor,
			HttpServletRequest request, HttpServletResponse response) {
		if (Languages.isSupported(lang)) {
			localeResolver.setLocale(request, response, Locale.forLanguageTag(lang));
			if (actor.isSignedIn()) {
				events.publishEvent(new LanguageChosen(actor.username(), lang));
			}
		}
		return "redirect:" + safeLocalPath(returnTo);
	}

	/** Only a path on this site, never another host (no open redirect). */
	static String safeLocalPath(String returnTo) {
		if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")) {
			return "/";
		}
		try {
			URI uri = URI.create(returnTo);
			return uri.getHost() == null && uri.getScheme() == null ? returnTo : "/";
		}
		catch (IllegalArgumentException e) {
			return "/";
		}
	}
}
