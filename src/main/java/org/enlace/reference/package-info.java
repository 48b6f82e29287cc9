/** Reference data: countries, the 23 GCM objectives, SDG targets. Read-only, multilingual. */
package org.enlace.reference;
