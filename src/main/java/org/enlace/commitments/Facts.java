package org.enlace.commitments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.enlace.shared.LocalizedText;

/** What the secretariat writes when it records or revises instruments, commitments and measures. */
public final class Facts {

	private Facts() {
	}

	/** An instrument's facts; {@code originalLanguage} is es, en or fr. */
	public record InstrumentFacts(InstrumentKind kind, String bodyCode, LocalizedText title, LocalizedText text,
			String originalLanguage, LocalDate adoptedOn, String meeting, List<DocumentLink> documents,
			AccessLevel accessLevel) {
	}

	/** A document of an instrument, as a link. */
	public record DocumentLink(String label, String url) {
	}

	/** A numbered commitment of an instrument. */
	public record CommitmentFacts(String number, LocalizedText text, String originalLanguage) {
	}

	/** An agreed measure; the cost is in US dollars. */
	public record MeasureFacts(String code, LocalizedText title, LocalizedText description, String originalLanguage,
			String responsibleBody, LocalDate targetDate, BigDecimal estimatedCostUsd, Set<Integer> gcmObjectives,
			Set<String> sdgTargets, Set<String> themes) {
	}

	/** Facts as stored, with the version an edit must send back. */
	public record Editable<T>(T facts, int version) {
	}
}
