package org.enlace.activities;

import java.util.Optional;
import java.util.Set;

import org.enlace.activities.ActivityViews.MeasureRef;
import org.enlace.shared.Actor;

/**
 * Everything this module needs to know about agreed measures, which belong to the commitments
 * module. Kept to one small seam so the commitments facade can serve it through {@link CommitmentMeasureLinks}
 * without touching the rest of the module.
 */
interface MeasureLinks {

	/** The measure with this code, if there is one. */
	Optional<MeasureRef> byCode(String code);

	/** The measures agreed under a mechanism, for the mechanism filter of the activities table. */
	Set<Long> measuresOf(String mechanismCode);

	/** The codes of the mechanisms whose measures these are: their secretariats review progress reports. */
	Set<String> mechanismsOf(Set<Long> measureIds);

	/** Whether the actor may see the measure: a members-only one is hidden from anonymous visitors. */
	boolean visibleTo(Actor actor, long measureId);
}
