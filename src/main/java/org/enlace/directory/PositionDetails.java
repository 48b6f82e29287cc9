package org.enlace.directory;

/** The editable facts of a position (seat). */
public record PositionDetails(String title, Long organizationId, String countryIso3, String mechanismCode,
		String bodyCode, boolean focalPoint) {
}
