package org.enlace.platform.web;

/** A signed-in user switched language; the accounts module remembers it. */
public record LanguageChosen(String username, String language) {
}
