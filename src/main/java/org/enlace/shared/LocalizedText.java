package org.enlace.shared;

import java.util.Locale;

import jakarta.persistence.Embeddable;

/**
 * A text in the platform's three languages. Any of them may be missing; {@link #in(Locale)} falls
 * back to another language and {@link #isFallback(Locale)} says so, so views can mark it.
 */
@Embeddable
public record LocalizedText(String es, String en, String fr) {

	public static LocalizedText of(String es, String en, String fr) {
		return new LocalizedText(blankToNull(es), blankToNull(en), blankToNull(fr));
	}

	public String in(Locale locale) {
		String exact = exact(locale);
		if (exact != null) {
			return exact;
		}
		return es != null ? es : en != null ? en : fr;
	}

	public String in(String language) {
		return in(Locale.forLanguageTag(language));
	}

	public boolean isFallback(Locale locale) {
		return exact(locale) == null;
	}

	public boolean isEmpty() {
		return es == null && en == null && fr == null;
	}

	private String exact(Locale locale) {
		return switch (locale == null ? "es" : locale.getLanguage()) {
			case "en" -> en;
			case "fr" -> fr;
			default -> es;
		};
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
