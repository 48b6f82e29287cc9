package org.enlace.reference;

import org.enlace.shared.LocalizedText;

/** One of the 23 objectives of the Global Compact for Migration. */
public record GcmObjective(int number, LocalizedText shortName, String titleEn) {
}
