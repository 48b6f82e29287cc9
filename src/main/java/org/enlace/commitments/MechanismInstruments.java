package org.enlace.commitments;

import java.util.List;

import org.enlace.commitments.CommitmentViews.InstrumentRow;
import org.enlace.mechanisms.MechanismPageSection;
import org.enlace.shared.Actor;
import org.springframework.stereotype.Component;

/** The instruments section of a mechanism's page. */
@Component
class MechanismInstruments implements MechanismPageSection {

	private final Commitments commitments;

	private final CommitmentKeeping keeping;

	MechanismInstruments(Commitments commitments, CommitmentKeeping keeping) {
		this.commitments = commitments;
		this.keeping = keeping;
	}

	@Override
	public String template() {
		return "commitments/mechanism-section";
	}

	@Override
	public Object content(Actor actor, String mechanismCode) {
		return new Content(mechanismCode, commitments.instruments(actor, mechanismCode),
				keeping.mayKeep(actor, mechanismCode));
	}

	/** What the section shows: the mechanism's instruments, and whether to offer recording one. */
	public record Content(String mechanismCode, List<InstrumentRow> instruments, boolean mayKeep) {
	}
}
