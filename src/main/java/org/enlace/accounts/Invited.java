package org.enlace.accounts;

/** The account an invitation created, and whether its e-mail went out. */
public record Invited(long id, boolean mailSent) {
}
