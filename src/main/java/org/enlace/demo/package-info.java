/**
 * The demo dataset ({@code ENLACE_DEMO=true}): the real mechanisms and institutions, fictional
 * people marked as demo, and one demo account per role with a known password.
 */
package org.enlace.demo;
