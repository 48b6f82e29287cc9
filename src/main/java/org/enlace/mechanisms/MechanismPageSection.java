package org.enlace.mechanisms;

import org.enlace.shared.Actor;

/**
 * A section another module adds to a mechanism's page (the instruments it adopted, for one), so the
 * page shows what other modules hold about a mechanism without this module depending on them.
 */
public interface MechanismPageSection {

	/** A template with a fragment {@code section(content)}, e.g. {@code "commitments/mechanism-section"}. */
	String template();

	/** What the fragment shows of this mechanism to this actor; the section decides what the actor may see. */
	Object content(Actor actor, String mechanismCode);

	/** A section ready for the page. */
	record Rendered(String template, Object content) {
	}
}
