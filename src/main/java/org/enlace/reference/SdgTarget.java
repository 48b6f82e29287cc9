package org.enlace.reference;

import org.enlace.shared.LocalizedText;

/** A Sustainable Development Goal target relevant to migration. */
public record SdgTarget(String code, LocalizedText shortName) {
}
