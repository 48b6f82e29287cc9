package org.enlace.accounts;

/**
 * A grant as an administrator asks for it: a role name and, for scoped roles, a scope as typed (a
 * mechanism code, a country ISO3 code, an organisation id). Blank rows are ignored.
 */
public record RequestedGrant(String role, String scope) {

	boolean isBlank() {
		return (role == null || role.isBlank()) && (scope == null || scope.isBlank());
	}
}
