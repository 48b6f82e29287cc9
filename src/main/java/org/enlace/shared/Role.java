package org.enlace.shared;

/** What an account may do; some roles are scoped (to a mechanism, a country or an organisation). */
public enum Role {
	ADMIN(false), SECRETARIAT(true), FOCAL_POINT(true), PARTNER(true), MEMBER(false);

	private final boolean scoped;

	Role(boolean scoped) {
		this.scoped = scoped;
	}

	public boolean isScoped() {
		return scoped;
	}
}
