package org.enlace.accounts;

import org.enlace.shared.Role;

/** A grant as a page shows it: the role, its scope and a readable name of that scope. */
public record GrantLabel(Role role, String scope, String scopeName) {
}
