package org.enlace.mechanisms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.enlace.audit.AuditTrail;
import org.enlace.mechanisms.Keeping.BodyFacts;
import org.enlace.mechanisms.Keeping.Editable;
import org.enlace.mechanisms.Keeping.MechanismFacts;
import org.enlace.mechanisms.Keeping.MembershipFacts;
import org.enlace.mechanisms.Keeping.PresidencyFacts;
import org.enlace.mechanisms.MechanismViews.MechanismSummary;
import org.enlace.shared.Actor;
import org.enlace.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mechanisms facade for changes: a mechanism's facts, bodies, memberships and presidencies, kept
 * by its secretariat or an administrator ({@link KeepingRights}). Every method refuses others with
 * {@link org.enlace.shared.ForbiddenException} before looking at what they sent, throws
 * {@link NotFoundException} for what does not exist, {@link ChangeRefused} for facts that break a
 * rule, and {@link ObjectOptimisticLockingFailureException} when the version sent back is not the
 * current one. Every change is recorded in the audit trail in the same transaction.
 */
@Service
public class MechanismKeeping {

	private final MechanismRepository mechanisms;

	private final FactChecks checks;

	private final AuditTrail audit;

	private final Clock clock = Clock.systemDefaultZone();

	MechanismKeeping(MechanismRepository mechanisms, FactChecks checks, AuditTrail audit) {
		this.mechanisms = mechanisms;
		this.checks = checks;
		this.audit = audit;
	}

	/** Whether the actor may keep this mechanism; false for a mechanism that does not exist. */
	@Transactional(readOnly = true)
	public boolean mayKeep(Actor actor, String code) {
		return mechanisms.findByCode(code).map(m -> KeepingRights.mayKeep(actor, m.getCode())).orElse(false);
	}

	/** The mechanism the actor is about to change, for the heading of an edit page. */
	@Transactional(readOnly = true)
	public MechanismSummary toKeep(Actor actor, String code) {
		return Mechanisms.summary(kept(actor, code), LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public Editable<MechanismFacts> facts(Actor actor, String code) {
		Mechanism m = kept(actor, code);
		return new Editable<>(m.facts(), m.getVersion());
	}

	@Transactional
	public void revise(Actor actor, String code, MechanismFacts facts, int version) {
		Mechanism m = kept(actor, code);
		MechanismFacts checked = checks.check(facts, LocalDate.now(clock));
		expect(version, m.getVersion(), Mechanism.class, m.getId());
		var before = KeepingSnapshots.of(m.facts());
		m.revise(checked);
		record(actor, m, "UPDATED", before, KeepingSnapshots.of(m.facts()));
	}

	@Transactional(readOnly = true)
	public Editable<BodyFacts> body(Actor actor, String code, String bodyCode) {
		Body b = bodyOf(kept(actor, code), bodyCode);
		return new Editable<>(b.facts(), b.getVersion());
	}

	@Transactional
	public void addBody(Actor actor, String code, BodyFacts facts) {
		Mechanism m = kept(actor, code);
		Body b = m.addBody(checks.check(facts));
		record(actor, m, "CREATED", null, KeepingSnapshots.of(b.getCode(), b.facts()));
	}

	@Transactional
	public void reviseBody(Actor actor, String code, String bodyCode, BodyFacts facts, int version) {
		Mechanism m = kept(actor, code);
		Body b = bodyOf(m, bodyCode);
		BodyFacts checked = checks.check(facts);
		expect(version, b.getVersion(), Body.class, b.getId());
		var before = KeepingSnapshots.of(b.getCode(), b.facts());
		String label = b.getCode();
		m.reviseBody(b, checked);
		record(actor, m, "UPDATED", before, KeepingSnapshots.of(label, b.facts()));
	}

	@Transactional
	public void removeBody(Actor actor, String code, String bodyCode) {
		Mechanism m = kept(actor, code);
		Body b = bodyOf(m, bodyCode);
		m.removeBody(b);
		record(actor, m, "DELETED", KeepingSnapshots.of(b.getCode(), b.facts()), null);
	}

	@Transactional(readOnly = true)
	public Editable<MembershipFacts> membership(Actor actor, String code, long id) {
		Membership ms = membershipOf(kept(actor, code), id);
		return new Editable<>(ms.facts(), ms.getVersion());
	}

	/** Admits a country; returns the new membership's id. */
	@Transactional
	public long admit(Actor actor, String code, MembershipFacts facts) {
		Mechanism m = kept(actor, code);
		Membership ms = m.admit(checks.check(facts));
		mechanisms.flush();
		record(actor, m, "CREATED", null,
				KeepingSnapshots.of(KeepingSnapshots.label(ms.getCountryIso3(), ms.getId()), ms.facts()));
		return ms.getId();
	}

	/** Changes a membership; ending one is setting its {@code until}. */
	@Transactional
	public void reviseMembership(Actor actor, String code, long id, MembershipFacts facts, int version) {
		Mechanism m = kept(actor, code);
		Membership ms = membershipOf(m, id);
		MembershipFacts checked = checks.check(facts);
		expect(version, ms.getVersion(), Membership.class, id);
		String label = KeepingSnapshots.label(ms.getCountryIso3(), id);
		var before = KeepingSnapshots.of(label, ms.facts());
		m.reviseMembership(ms, checked);
		record(actor, m, "UPDATED", before, KeepingSnapshots.of(label, ms.facts()));
	}

	@Transactional
	public void addPresidency(Actor actor, String code, PresidencyFacts facts) {
		Mechanism m = kept(actor, code);
		Presidency p = m.addPresidency(checks.check(facts));
		mechanisms.flush();
		record(actor, m, "CREATED", null,
				KeepingSnapshots.of(KeepingSnapshots.label(p.getCountryIso3(), p.getId()), facts(p)));
	}

	@Transactional
	public void removePresidency(Actor actor, String code, long id) {
		Mechanism m = kept(actor, code);
		Presidency p = m.presidency(id).orElseThrow(() -> new NotFoundException("presidency " + id));
		m.removePresidency(p);
		record(actor, m, "DELETED", KeepingSnapshots.of(KeepingSnapshots.label(p.getCountryIso3(), id), facts(p)),
				null);
	}

	/** The mechanism, once the actor is known to keep it; existence is no secret, so 404 comes first. */
	private Mechanism kept(Actor actor, String code) {
		Mechanism m = mechanisms.findByCode(code).orElseThrow(() -> new NotFoundException("mechanism " + code));
		KeepingRights.require(actor, m.getCode());
		return m;
	}

	private static Body bodyOf(Mechanism m, String bodyCode) {
		return m.body(bodyCode).orElseThrow(() -> new NotFoundException("body " + bodyCode));
	}

	private static Membership membershipOf(Mechanism m, long id) {
		return m.membership(id).orElseThrow(() -> new NotFoundException("membership " + id));
	}

	private static PresidencyFacts facts(Presidency p) {
		return new PresidencyFacts(p.getCountryIso3(), p.getStartsOn(), p.getEndsOn());
	}

	/** The edit form was filled in from an older version: someone else saved in between. */
	private static void expect(int sent, int current, Class<?> type, Object id) {
		if (sent != current) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	private void record(Actor actor, Mechanism m, String action, Map<String, String> before,
			Map<String, String> after) {
		audit.record(actor, KeepingSnapshots.ENTITY_TYPE, m.getCode(), action, before, after);
	}
}
