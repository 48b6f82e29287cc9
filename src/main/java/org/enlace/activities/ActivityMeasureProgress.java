package org.enlace.activities;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.enlace.activities.ActivityViews.ProgressOfMeasure;
import org.enlace.commitments.MeasureProgress;
import org.springframework.stereotype.Component;

/** Tells the commitments module how far the activities implementing a measure have come. */
@Component
class ActivityMeasureProgress implements MeasureProgress {

	private final Activities activities;

	ActivityMeasureProgress(Activities activities) {
		this.activities = activities;
	}

	@Override
	public Optional<Progress> of(long measureId) {
		ProgressOfMeasure p = activities.progressOfMeasure(measureId);
		if (p.activities() == 0) {
			return Optional.empty();
		}
		return Optional.of(new Progress(p.activities(), p.percentComplete(), p.anyStarted()));
	}

	@Override
	public Map<Long, Progress> of(Collection<Long> measureIds) {
		Map<Long, Progress> found = new HashMap<>();
		activities.progressOfMeasures(measureIds)
			.forEach((id, p) -> found.put(id, new Progress(p.activities(), p.percentComplete(), p.anyStarted())));
		return found;
	}

	@Override
	public Map<Long, Funding> funding(Collection<Long> measureIds) {
		Map<Long, Funding> found = new HashMap<>();
		activities.progressOfMeasures(measureIds)
			.forEach((id, p) -> found.put(id, new Funding(p.activities(), p.committedUsd(), p.disbursedUsd())));
		return found;
	}

	@Override
	public List<Implementation> implementations(long measureId) {
		return activities.implementing(measureId)
			.stream()
			.map(a -> new Implementation(a.id(), a.identifier(), a.title(), a.countries(), a.organizations(),
					a.committedUsd(), a.disbursedUsd()))
			.toList();
	}
}
