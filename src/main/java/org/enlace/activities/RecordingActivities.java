package org.enlace.activities;

import java.util.List;
import java.util.Map;

import org.enlace.activities.ActivityChecks.Checked;
import org.enlace.activities.ActivityDraft.Participant;
import org.enlace.activities.ActivityDraft.RecipientCountry;
import org.enlace.activities.ActivityStore.Stored;
import org.enlace.activities.ActivityViews.EditableActivity;
import org.enlace.activities.ActivityViews.MeasureRef;
import org.enlace.audit.AuditTrail;
import org.enlace.directory.Directory;
import org.enlace.shared.Actor;
import org.enlace.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and revising activities. Refuses with {@link org.enlace.shared.ForbiddenException}
 * before reading what was sent, with {@link ActivityRefused} when a rule is broken, and with
 * {@link ObjectOptimisticLockingFailureException} when the version sent back is not the current one.
 */
@Service
public class RecordingActivities {

	static final String ENTITY_TYPE = "activity";

	private final ActivityStore store;

	private final ActivityChecks checks;

	private final Directory directory;

	private final AuditTrail audit;

	RecordingActivities(ActivityStore store, ActivityChecks checks, Directory directory, AuditTrail audit) {
		this.store = store;
		this.checks = checks;
		this.directory = directory;
		this.audit = audit;
	}

	public boolean mayCreate(Actor actor) {
		return ActivityRights.mayCreate(actor);
	}

	/** Registers an activity; returns its id. */
	@Transactional
	public long create(Actor actor, ActivityDraft draft) {
		ActivityRights.require(ActivityRights.mayCreate(actor), "creating activities");
		return insert(actor, draft, false);
	}

	/** Registers a demo activity, marked as such on its page. */
	@Transactional
	long createDemo(Actor actor, ActivityDraft draft) {
		return insert(actor, draft, true);
	}

	private long insert(Actor actor, ActivityDraft draft, boolean demo) {
		Checked checked = checks.check(actor, draft, null);
		ownOrganization(actor, checked);
		long id = store.insert(checked, demo);
		audit.record(actor, ENTITY_TYPE, id, "CREATED", null, ActivityStore.snapshot(checked));
		return id;
	}

	@Transactional(readOnly = true)
	public EditableActivity editable(Actor actor, long id) {
		Stored stored = edited(actor, id);
		return new EditableActivity(id, draft(actor, stored.facts()), stored.version());
	}

	@Transactional
	public void revise(Actor actor, long id, ActivityDraft draft, int version) {
		Stored stored = edited(actor, id);
		Checked checked = checks.check(actor, draft, id);
		ownOrganization(actor, checked);
		if (version != stored.version() || !store.update(id, checked, version)) {
			throw new ObjectOptimisticLockingFailureException("activity", id);
		}
		audit.record(actor, ENTITY_TYPE, id, "UPDATED", ActivityStore.snapshot(stored.facts()),
				ActivityStore.snapshot(checked));
	}

	private Stored edited(Actor actor, long id) {
		Stored stored = store.find(id).orElseThrow(() -> new NotFoundException("activity " + id));
		ActivityRights.require(ActivityRights.mayEdit(actor, stored), "editing activity " + id);
		return stored;
	}

	private static void ownOrganization(Actor actor, Checked checked) {
		if (!ActivityRights.keepsOwnOrganization(actor, checked)) {
			throw ActivityRefused.because("participants", "activities.validation.ownOrganization");
		}
	}

	/** The stored activity as a draft, organisations by acronym where that names exactly one. */
	private ActivityDraft draft(Actor actor, Checked a) {
		List<Participant> participants = a.participants().stream().map(p -> {
			String acronym = directory.organization(actor, p.organizationId()).acronym();
			boolean unique = acronym != null && directory.organizationIdByAcronym(acronym)
				.map(found -> found == p.organizationId())
				.orElse(false);
			return new Participant(unique ? acronym : String.valueOf(p.organizationId()), p.role());
		}).toList();
		List<RecipientCountry> countries = a.countries()
			.stream()
			.map(c -> new RecipientCountry(c.iso3(), c.percentage()))
			.toList();
		return new ActivityDraft(a.identifier(), a.otherIdentifiers(), a.title(), a.description(),
				a.originalLanguage(), a.status(), a.plannedStart(), a.plannedEnd(), a.actualStart(), a.actualEnd(),
				participants, countries, a.budget(), a.currency(), a.gcmObjectives(), a.sdgTargets(), a.locations(),
				a.measures().stream().map(MeasureRef::code).toList());
	}

	static Map<String, String> label(String what, Map<String, String> values) {
		Map<String, String> labelled = new java.util.LinkedHashMap<>();
		values.forEach((k, v) -> labelled.put(what + "." + k, v));
		return labelled;
	}
}
