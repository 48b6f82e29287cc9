package org.enlace.directory;

import java.util.Locale;

/** What sort of organisation it is. */
public enum OrganizationKind {

	GOVERNMENT, INTERNATIONAL, CIVIL_SOCIETY, ACADEMIA, DONOR, DEVELOPMENT_BANK;

	/** Reads the free-text types of the shipped institution list ("government migration authority"…). */
	static OrganizationKind fromDescription(String description) {
		String d = description.toLowerCase(Locale.ROOT);
		if (d.startsWith("government")) {
			return GOVERNMENT;
		}
		if (d.contains("development bank")) {
			return DEVELOPMENT_BANK;
		}
		if (d.contains("donor")) {
			return DONOR;
		}
		if (d.contains("civil society") || d.contains("ngo")) {
			return CIVIL_SOCIETY;
		}
		if (d.contains("academ") || d.contains("university")) {
			return ACADEMIA;
		}
		return INTERNATIONAL;
	}
}
