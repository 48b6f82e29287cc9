package org.enlace.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.enlace.audit.AuditTrail;
import org.enlace.commitments.CommitmentViews.InstrumentRow;
import org.enlace.commitments.Facts.CommitmentFacts;
import org.enlace.commitments.Facts.Editable;
import org.enlace.commitments.Facts.InstrumentFacts;
import org.enlace.commitments.Facts.MeasureFacts;
import org.enlace.mechanisms.Mechanisms;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.Actor;
import org.enlace.shared.ForbiddenException;
import org.enlace.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and revising instruments, commitments, agreed measures and applicability. Only the
 * secretariat of the instrument's mechanism and administrators may; anyone else gets
 * {@link ForbiddenException}, an unknown (or hidden) thing {@link NotFoundException}, a broken rule
 * {@link ChangeRefused}, and a version that is not the stored one
 * {@link ObjectOptimisticLockingFailureException}. Every change goes to the audit trail.
 */
@Service
public class CommitmentKeeping {

	private final InstrumentRepository instruments;

	private final CommitmentRepository commitments;

	private final MeasureRepository measures;

	private final Commitments reading;

	private final Mechanisms mechanisms;

	private final ReferenceData reference;

	private final AuditTrail audit;

	CommitmentKeeping(InstrumentRepository instruments, CommitmentRepository commitments, MeasureRepository measures,
			Commitments reading, Mechanisms mechanisms, ReferenceData reference, AuditTrail audit) {
		this.instruments = instruments;
		this.commitments = commitments;
		this.measures = measures;
		this.reading = reading;
		this.mechanisms = mechanisms;
		this.reference = reference;
		this.audit = audit;
	}

	public boolean mayKeep(Actor actor, String mechanismCode) {
		return actor.isSecretariatOf(mechanismCode);
	}

	/** The mechanism's code as stored, if it exists and the actor keeps it. */
	public String mechanismToKeep(Actor actor, String mechanismCode) {
		if (!mechanisms.exists(mechanismCode)) {
			throw new NotFoundException("mechanism " + mechanismCode);
		}
		String code = mechanisms.find(mechanismCode).code();
		require(actor, code);
		return code;
	}

	@Transactional(readOnly = true)
	public InstrumentRow instrumentToKeep(Actor actor, long id) {
		Instrument i = keptInstrument(actor, id);
		return Commitments.row(i);
	}

	@Transactional(readOnly = true)
	public Editable<InstrumentFacts> instrument(Actor actor, long id) {
		Instrument i = keptInstrument(actor, id);
		return new Editable<>(i.facts(), i.getVersion());
	}

	@Transactional
	public long recordInstrument(Actor actor, String mechanismCode, InstrumentFacts facts) {
		String code = mechanismToKeep(actor, mechanismCode);
		checkBody(code, facts.bodyCode());
		Instrument i = instruments.saveAndFlush(new Instrument(code, facts));
		audit.record(actor, KeepingSnapshots.INSTRUMENT, i.getId(), "CREATED", null, KeepingSnapshots.of(facts));
		return i.getId();
	}

	@Transactional
	public void reviseInstrument(Actor actor, long id, InstrumentFacts facts, int version) {
		Instrument i = keptInstrument(actor, id);
		checkVersion(Instrument.class, id, i.getVersion(), version);
		checkBody(i.getMechanismCode(), facts.bodyCode());
		Map<String, String> before = KeepingSnapshots.of(i.facts());
		i.revise(facts);
		instruments.flush();
		audit.record(actor, KeepingSnapshots.INSTRUMENT, id, "UPDATED", before, KeepingSnapshots.of(i.facts()));
	}

	/** A commitment to edit, with the instrument it belongs to. */
	public record KeptCommitment(InstrumentRow instrument, long id, Editable<CommitmentFacts> editable) {
	}

	@Transactional(readOnly = true)
	public KeptCommitment commitment(Actor actor, long id) {
		Commitment c = commitments.findById(id).orElseThrow(() -> new NotFoundException("commitment " + id));
		Instrument i = keptInstrument(actor, c.getInstrumentId());
		return new KeptCommitment(Commitments.row(i), id, new Editable<>(c.facts(), c.getVersion()));
	}

	@Transactional
	public long addCommitment(Actor actor, long instrumentId, CommitmentFacts facts) {
		Instrument i = keptInstrument(actor, instrumentId);
		if (commitments.existsByInstrumentIdAndNumber(i.getId(), facts.number())) {
			throw ChangeRefused.because("number", "commitments.validation.numberTaken");
		}
		Commitment c = commitments.saveAndFlush(new Commitment(i.getId(), facts));
		audit.record(actor, KeepingSnapshots.INSTRUMENT, i.getId(), "CREATED", null,
				KeepingSnapshots.of(facts.number(), facts));
		return c.getId();
	}

	@Transactional
	public void reviseCommitment(Actor actor, long id, CommitmentFacts facts, int version) {
		Commitment c = commitments.findById(id).orElseThrow(() -> new NotFoundException("commitment " + id));
		Instrument i = keptInstrument(actor, c.getInstrumentId());
		checkVersion(Commitment.class, id, c.getVersion(), version);
		if (!c.getNumber().equals(facts.number())
				&& commitments.existsByInstrumentIdAndNumber(i.getId(), facts.number())) {
			throw ChangeRefused.because("number", "commitments.validation.numberTaken");
		}
		Map<String, String> before = KeepingSnapshots.of(c.getNumber(), c.facts());
		String number = c.getNumber();
		c.revise(facts);
		commitments.flush();
		audit.record(actor, KeepingSnapshots.INSTRUMENT, i.getId(), "UPDATED", before,
				KeepingSnapshots.of(number, c.facts()));
	}

	/**
	 * Sets the states a commitment applies to. Those that the membership rule gives anyway carry no
	 * exception, so a later membership change still shows through for everyone else.
	 */
	@Transactional
	public void setApplicability(Actor actor, long commitmentId, Set<String> countries, int version) {
		Commitment c = commitments.findById(commitmentId)
			.orElseThrow(() -> new NotFoundException("commitment " + commitmentId));
		Instrument i = keptInstrument(actor, c.getInstrumentId());
		checkVersion(Commitment.class, commitmentId, c.getVersion(), version);
		for (String iso3 : countries) {
			if (reference.country(iso3).isEmpty()) {
				throw ChangeRefused.because("countries", "commitments.validation.unknownCountry");
			}
		}
		Set<String> derived = new ApplicabilityRule(mechanisms, java.time.LocalDate.now()).derived(i);
		Map<String, Boolean> exceptions = new TreeMap<>();
		countries.stream().filter(iso3 -> !derived.contains(iso3)).forEach(iso3 -> exceptions.put(iso3, true));
		derived.stream().filter(iso3 -> !countries.contains(iso3)).forEach(iso3 -> exceptions.put(iso3, false));
		Map<String, String> before = KeepingSnapshots.applicability(c.getNumber(), c.getOverrides());
		c.overrideApplicability(exceptions);
		commitments.flush();
		audit.record(actor, KeepingSnapshots.INSTRUMENT, i.getId(), "UPDATED", before,
				KeepingSnapshots.applicability(c.getNumber(), exceptions));
	}

	/** A measure to edit, with where it sits. */
	public record KeptMeasure(InstrumentRow instrument, long commitmentId, String commitmentNumber, long id,
			Editable<MeasureFacts> editable) {
	}

	@Transactional(readOnly = true)
	public KeptMeasure measure(Actor actor, long id) {
		AgreedMeasure m = measures.findById(id).orElseThrow(() -> new NotFoundException("measure " + id));
		Commitment c = commitments.findById(m.getCommitmentId()).orElseThrow();
		Instrument i = keptInstrument(actor, c.getInstrumentId());
		return new KeptMeasure(Commitments.row(i), c.getId(), c.getNumber(), id,
				new Editable<>(m.facts(), m.getVersion()));
	}

	@Transactional
	public long addMeasure(Actor actor, long commitmentId, MeasureFacts facts) {
		Commitment c = commitments.findById(commitmentId)
			.orElseThrow(() -> new NotFoundException("commitment " + commitmentId));
		keptInstrument(actor, c.getInstrumentId());
		check(facts, null);
		AgreedMeasure m = measures.saveAndFlush(new AgreedMeasure(c.getId(), facts));
		audit.record(actor, KeepingSnapshots.MEASURE, m.getId(), "CREATED", null, KeepingSnapshots.of(facts));
		return m.getId();
	}

	@Transactional
	public void reviseMeasure(Actor actor, long id, MeasureFacts facts, int version) {
		AgreedMeasure m = measures.findById(id).orElseThrow(() -> new NotFoundException("measure " + id));
		Commitment c = commitments.findById(m.getCommitmentId()).orElseThrow();
		keptInstrument(actor, c.getInstrumentId());
		checkVersion(AgreedMeasure.class, id, m.getVersion(), version);
		check(facts, id);
		Map<String, String> before = KeepingSnapshots.of(m.facts());
		m.revise(facts);
		measures.flush();
		audit.record(actor, KeepingSnapshots.MEASURE, id, "UPDATED", before, KeepingSnapshots.of(m.facts()));
	}

	private void check(MeasureFacts facts, Long self) {
		List<ChangeRefused.Problem> problems = new ArrayList<>();
		measures.findByCodeIgnoreCase(facts.code())
			.filter(other -> !other.getId().equals(self))
			.ifPresent(other -> problems.add(new ChangeRefused.Problem("code", "commitments.validation.codeTaken")));
		if (facts.gcmObjectives().stream().anyMatch(n -> reference.objective(n).isEmpty())) {
			problems.add(new ChangeRefused.Problem("gcmObjectives", "commitments.validation.unknownGcm"));
		}
		Set<String> known = new java.util.HashSet<>();
		reference.sdgTargets().forEach(t -> known.add(t.code()));
		if (!known.containsAll(facts.sdgTargets())) {
			problems.add(new ChangeRefused.Problem("sdgTargets", "commitments.validation.unknownSdg"));
		}
		if (facts.estimatedCostUsd() != null && facts.estimatedCostUsd().signum() < 0) {
			problems.add(new ChangeRefused.Problem("estimatedCostUsd", "commitments.validation.negativeCost"));
		}
		if (!problems.isEmpty()) {
			throw new ChangeRefused(problems);
		}
	}

	private void checkBody(String mechanismCode, String bodyCode) {
		if (bodyCode != null && mechanisms.body(mechanismCode, bodyCode).isEmpty()) {
			throw ChangeRefused.because("bodyCode", "commitments.validation.unknownBody");
		}
	}

	private Instrument keptInstrument(Actor actor, long id) {
		Instrument i = reading.visibleInstrument(actor, id);
		require(actor, i.getMechanismCode());
		return i;
	}

	private void require(Actor actor, String mechanismCode) {
		if (!mayKeep(actor, mechanismCode)) {
			throw new ForbiddenException("keeping commitments of " + mechanismCode);
		}
	}

	private static void checkVersion(Class<?> type, long id, int stored, int sent) {
		if (stored != sent) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}
}
