/**
 * Accounts of people who sign in: roles and their scopes, invitations, password resets, the
 * language they chose, personal API tokens. The first administrator is created on first start.
 */
package org.enlace.accounts;
