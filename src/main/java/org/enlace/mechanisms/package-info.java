/**
 * Inter-state consultation mechanisms: their members and observers, bodies and rotating
 * presidencies. The facade is {@link org.enlace.mechanisms.Mechanisms}.
 */
package org.enlace.mechanisms;
