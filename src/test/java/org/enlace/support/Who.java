package org.enlace.support;

/**
 * The people the authorization matrix tries every route as: one per role, and for scoped roles one
 * whose scope owns the example resource and one whose scope does not. Each is a demo account.
 */
public enum Who {

	ANONYMOUS(null), MEMBER("demo.member"), FOCAL_POINT_GTM("demo.focal.gt"), FOCAL_POINT_HND("demo.focal.hn"),
	SECRETARIAT_RCM("demo.secretariat.rcm"), SECRETARIAT_OCAM("demo.secretariat.ocam"), PARTNER_IOM("demo.partner.iom"),
	ADMIN("demo.admin");

	private final String username;

	Who(String username) {
		this.username = username;
	}

	public String username() {
		return username;
	}
}
