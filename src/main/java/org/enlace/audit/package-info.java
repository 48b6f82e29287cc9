/**
 * The audit trail: who changed what, when, with the values before and after. Modules record their
 * changes through {@link org.enlace.audit.AuditTrail}; pages show it as an entity's history.
 */
package org.enlace.audit;
