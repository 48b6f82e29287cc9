package org.enlace.activities;

import java.util.Optional;
import java.util.Set;

import org.enlace.activities.ActivityViews.MeasureRef;
import org.enlace.commitments.Commitments;
import org.enlace.shared.Actor;
import org.springframework.stereotype.Component;

/** Agreed measures as the commitments module knows them. */
@Component
class CommitmentMeasureLinks implements MeasureLinks {

	private final Commitments commitments;

	CommitmentMeasureLinks(Commitments commitments) {
		this.commitments = commitments;
	}

	@Override
	public Optional<MeasureRef> byCode(String code) {
		return commitments.measureToLink(code).map(m -> new MeasureRef(m.id(), m.code()));
	}

	@Override
	public Set<Long> measuresOf(String mechanismCode) {
		return commitments.measureIdsOf(mechanismCode);
	}

	@Override
	public Set<String> mechanismsOf(Set<Long> measureIds) {
		// a link to a measure removed since gives no one review rights: unknown ids are left out
		return commitments.mechanismsOfMeasures(measureIds);
	}

	@Override
	public boolean visibleTo(Actor actor, long measureId) {
		return commitments.measure(actor, measureId).isPresent();
	}
}
