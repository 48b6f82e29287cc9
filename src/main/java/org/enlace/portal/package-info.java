/** The public face: the home page that brings the other modules' highlights together. */
package org.enlace.portal;
