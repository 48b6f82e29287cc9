package org.enlace.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "enlace-lang";

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(WebConfiguration::negotiate);
		return resolver;
	}

	/** A visitor who never chose gets the best of es/en/fr their browser asks for, else Spanish. */
	static Locale negotiate(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Languages.DEFAULT;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(header), Languages.SUPPORTED);
			return match != null ? match : Languages.DEFAULT;
		}
		catch (IllegalArgumentException e) {
			return Languages.DEFAULT;
		}
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ActorArgumentResolver());
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**", "/js/**", "/img/**")
			.addResourceLocations("classpath:/static/css/", "classpath:/static/js/", "classpath:/static/img/")
			.setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
	}
}
