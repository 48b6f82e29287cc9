package org.enlace.platform.web;

import java.util.List;
import java.util.Locale;

/** The languages the platform speaks; Spanish first, it is the default. */
public final class Languages {

	public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH,
			Locale.FRENCH);

	public static final Locale DEFAULT = SUPPORTED.get(0);

	private Languages() {
	}

	public static boolean isSupported(String language) {
		return language != null && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(language));
	}
}
