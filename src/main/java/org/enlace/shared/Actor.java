package org.enlace.shared;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is asking: an anonymous visitor or a signed-in account with its grants. Facades take an
 * actor and decide what it may see and change, so access rules hold in every view, export and API.
 */
public record Actor(String username, Set<Grant> grants) {

	public static final Actor ANONYMOUS = new Actor(null, Set.of());

	public Actor {
		grants = Set.copyOf(grants);
	}

	public static Actor of(String username, Collection<String> authorities) {
		return new Actor(username, authorities.stream()
			.map(Grant::fromAuthority)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
	}

	public boolean isSignedIn() {
		return username != null;
	}

	public boolean isAdmin() {
		return has(Role.ADMIN, null);
	}

	public boolean isSecretariatOf(String mechanismCode) {
		return isAdmin() || has(Role.SECRETARIAT, mechanismCode);
	}

	public boolean isFocalPointOf(String countryIso3) {
		return isAdmin() || has(Role.FOCAL_POINT, countryIso3);
	}

	public boolean isPartnerOf(String organizationId) {
		return isAdmin() || has(Role.PARTNER, organizationId);
	}

	public boolean holds(Role role) {
		return grants.stream().anyMatch(g -> g.role() == role);
	}

	public Set<String> scopesOf(Role role) {
		return grants.stream().filter(g -> g.role() == role).map(Grant::scope).collect(Collectors.toSet());
	}

	private boolean has(Role role, String scope) {
		return grants.stream().anyMatch(g -> g.role() == role && Objects.equals(g.scope(), scope));
	}
}
