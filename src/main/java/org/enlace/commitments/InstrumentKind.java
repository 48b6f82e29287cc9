package org.enlace.commitments;

/** What kind of text a mechanism adopted. */
public enum InstrumentKind {
	DECLARATION, STRATEGIC_PLAN, WORK_PLAN, RESOLUTION, GUIDELINES, PROTOCOL;

	/**
	 * The kind of an instrument in the shipped reference file, which uses the mechanisms' own words;
	 * a policy is kept as guidelines and a plan without more detail as a strategic plan.
	 */
	static InstrumentKind fromReference(String kind) {
		return switch (kind == null ? "" : kind.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "declaration" -> DECLARATION;
			case "strategic plan", "plan" -> STRATEGIC_PLAN;
			case "work plan" -> WORK_PLAN;
			case "guidelines", "policy" -> GUIDELINES;
			case "protocol" -> PROTOCOL;
			default -> RESOLUTION;
		};
	}
}
