package org.enlace.shared;

import java.util.Objects;

/**
 * One role held by an account, with its scope: a mechanism code for {@link Role#SECRETARIAT}, a
 * country ISO3 for {@link Role#FOCAL_POINT}, an organisation id for {@link Role#PARTNER}.
 */
public record Grant(Role role, String scope) {

	public Grant {
		Objects.requireNonNull(role);
		if (role.isScoped() && (scope == null || scope.isBlank())) {
			throw new IllegalArgumentException(role + " needs a scope");
		}
		if (!role.isScoped()) {
			scope = null;
		}
	}

	/** The Spring Security authority that carries this grant. */
	public String authority() {
		return scope == null ? "ROLE_" + role : role + ":" + scope;
	}

	public static Grant fromAuthority(String authority) {
		if (authority.startsWith("ROLE_")) {
			try {
				Role role = Role.valueOf(authority.substring(5));
				return role.isScoped() ? null : new Grant(role, null);
			}
			catch (IllegalArgumentException e) {
				return null;
			}
		}
		int colon = authority.indexOf(':');
		if (colon < 0) {
			return null;
		}
		try {
			return new Grant(Role.valueOf(authority.substring(0, colon)), authority.substring(colon + 1));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
