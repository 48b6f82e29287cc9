package org.enlace.platform.security;

/** A signed-in principal that remembers the language its user chose. */
public interface PreferredLanguage {

	/** An ISO 639-1 code, or null when the user never chose. */
	String preferredLanguage();
}
