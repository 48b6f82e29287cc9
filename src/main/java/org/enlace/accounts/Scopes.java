package org.enlace.accounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.enlace.directory.Directory;
import org.enlace.mechanisms.Mechanisms;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.Actor;
import org.enlace.shared.Grant;
import org.enlace.shared.NotFoundException;
import org.enlace.shared.Role;
import org.springframework.stereotype.Component;

/**
 * What the scope of a grant refers to: a mechanism for a secretariat, a country for a focal point,
 * an organisation for a partner. Checks requested grants and names granted ones.
 */
@Component
class Scopes {

	private final Mechanisms mechanisms;

	private final ReferenceData reference;

	private final Directory directory;

	Scopes(Mechanisms mechanisms, ReferenceData reference, Directory directory) {
		this.mechanisms = mechanisms;
		this.reference = reference;
		this.directory = directory;
	}

	/**
	 * The grants asked for in {@code rows}, with scopes in their canonical form. What is wrong goes
	 * into {@code problems}, on the fields {@code grants[i].role} and {@code grants[i].scope}.
	 */
	Set<Grant> check(Actor actor, List<RequestedGrant> rows, List<RejectedInput.Problem> problems) {
		Set<Grant> grants = new LinkedHashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			RequestedGrant row = rows.get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			String field = "grants[" + i + "].";
			Role role = role(row.role());
			if (role == null) {
				problems.add(RejectedInput.Problem.of(field + "role", "accounts.grant.role.unknown"));
				continue;
			}
			if (!role.isScoped()) {
				grants.add(new Grant(role, null));
				continue;
			}
			String scope = row.scope() == null ? "" : row.scope().strip();
			if (scope.isEmpty()) {
				problems.add(RejectedInput.Problem.of(field + "scope", "accounts.grant.scope.required"));
				continue;
			}
			String canonical = canonical(actor, role, scope);
			if (canonical == null) {
				problems.add(RejectedInput.Problem.of(field + "scope", "accounts.grant.scope.unknown." + role));
			}
			else {
				grants.add(new Grant(role, canonical));
			}
		}
		return grants;
	}

	/** The grants in a stable order, each with a name for its scope in the reader's language. */
	List<GrantLabel> describe(Actor actor, Set<Grant> grants, Locale locale) {
		List<GrantLabel> labels = new ArrayList<>();
		for (Grant grant : grants) {
			labels.add(new GrantLabel(grant.role(), grant.scope(), grant.scope() == null ? null
					: name(actor, grant, locale)));
		}
		labels.sort(Comparator.comparing(GrantLabel::role)
			.thenComparing(GrantLabel::scopeName, Comparator.nullsFirst(Comparator.naturalOrder())));
		return labels;
	}

	private String canonical(Actor actor, Role role, String scope) {
		return switch (role) {
			case SECRETARIAT -> mechanisms.exists(scope) ? scope.toUpperCase(Locale.ROOT) : null;
			case FOCAL_POINT -> reference.country(scope).map(c -> c.iso3()).orElse(null);
			case PARTNER -> organization(actor, scope) == null ? null : String.valueOf(Long.parseLong(scope));
			default -> null;
		};
	}

	private String name(Actor actor, Grant grant, Locale locale) {
		return switch (grant.role()) {
			case FOCAL_POINT -> reference.countryName(grant.scope(), locale);
			case PARTNER -> {
				String name = organization(actor, grant.scope());
				yield name == null ? grant.scope() : name;
			}
			default -> grant.scope();
		};
	}

	private String organization(Actor actor, String id) {
		try {
			return directory.organization(actor, Long.parseLong(id)).name();
		}
		catch (NumberFormatException | NotFoundException e) {
			return null;
		}
	}

	private static Role role(String name) {
		if (name == null) {
			return null;
		}
		try {
			return Role.valueOf(name.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
