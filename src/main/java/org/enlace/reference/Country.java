package org.enlace.reference;

import org.enlace.shared.LocalizedText;

/** A country, named in the platform's languages. */
public record Country(String iso3, String iso2, LocalizedText name, String region) {
}
