package org.enlace.activities;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ISO 4217 currency codes an amount may be in. IATI's Currency codelist is ISO 4217; the JDK
 * carries the same list, so no copy of it has to be kept up to date here.
 */
final class Currencies {

	static final String USD = "USD";

	private static final Set<String> CODES = codes();

	private Currencies() {
	}

	static boolean isKnown(String code) {
		return code != null && CODES.contains(code.strip().toUpperCase(Locale.ROOT));
	}

	static List<String> all() {
		return List.copyOf(CODES);
	}

	private static Set<String> codes() {
		Set<String> codes = new TreeSet<>();
		for (Currency c : Currency.getAvailableCurrencies()) {
			// Funds, metals and testing codes (XAU, XTS...) are not money an activity is budgeted in.
			if (c.getDefaultFractionDigits() >= 0 && !c.getCurrencyCode().startsWith("X")) {
				codes.add(c.getCurrencyCode());
			}
		}
		codes.add("XOF");
		codes.add("XAF");
		codes.add("XCD");
		return codes;
	}
}
