package org.enlace.commitments;

import java.util.Locale;

import org.enlace.shared.LocalizedText;

/**
 * A text with the language it was adopted in. A missing translation falls back to the original,
 * and {@link #isFallback(Locale)} says so, so pages mark it "(original: es)".
 */
public record Translated(LocalizedText text, String original) {

	public String in(Locale locale) {
		String exact = exact(locale == null ? original : locale.getLanguage());
		if (exact != null) {
			return exact;
		}
		String inOriginal = exact(original);
		return inOriginal != null ? inOriginal : text.in(locale);
	}

	public boolean isFallback(Locale locale) {
		return exact(locale == null ? original : locale.getLanguage()) == null;
	}

	public boolean isEmpty() {
		return text == null || text.isEmpty();
	}

	private String exact(String language) {
		if (text == null) {
			return null;
		}
		return switch (language) {
			case "en" -> text.en();
			case "fr" -> text.fr();
			default -> text.es();
		};
	}
}
