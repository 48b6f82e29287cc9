package org.enlace.directory;

/**
 * One search result: an organisation, a contact or a position, with what a result list shows.
 * Never carries contact details.
 */
public record DirectoryHit(String entryType, long id, String label, String detail, String countryIso3,
		boolean stale, boolean demo) {

	public String path() {
		return switch (entryType) {
			case "ORGANIZATION" -> "/organizations/" + id;
			case "CONTACT" -> "/contacts/" + id;
			default -> "/positions/" + id;
		};
	}
}
