package org.enlace.commitments;

/** Who may see an instrument, its commitments and measures: everyone, or signed-in people only. */
public enum AccessLevel {
	PUBLIC, MEMBERS
}
