package org.enlace.directory;

/**
 * A directory search: free text (accent- and case-insensitive, tolerant of small typos) and
 * optional filters. {@code entryType} is ORGANIZATION, CONTACT or POSITION; pages count from 0.
 */
public record DirectoryQuery(String text, String countryIso3, String mechanismCode, String bodyCode,
		String entryType, OrganizationKind organizationKind, Integer theme, int page, int size) {

	public static final int MAX_SIZE = 100;

	public DirectoryQuery {
		page = Math.max(page, 0);
		size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
		text = text == null ? "" : text.strip();
		if (text.length() > 200) {
			text = text.substring(0, 200);
		}
	}

	public static DirectoryQuery text(String text) {
		return new DirectoryQuery(text, null, null, null, null, null, null, 0, 20);
	}
}
