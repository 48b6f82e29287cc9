package org.enlace.mechanisms;

/** How a country takes part in a mechanism. */
public enum MembershipStatus {
	MEMBER, OBSERVER, SIGNATORY
}
