package org.enlace.commitments;

import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import org.enlace.commitments.Facts.CommitmentFacts;
import org.enlace.shared.LocalizedText;

/** A numbered commitment inside an instrument; its agreed measures hang under it. */
@Entity
class Commitment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long instrumentId;

	private String number;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "es", column = @Column(name = "text_es")),
			@AttributeOverride(name = "en", column = @Column(name = "text_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "text_fr")) })
	private LocalizedText text;

	private String originalLanguage;

	/** The secretariat's exceptions to derived applicability: country to applies or not. */
	@ElementCollection
	@CollectionTable(name = "commitment_country", joinColumns = @JoinColumn(name = "commitment_id"))
	@MapKeyColumn(name = "country_iso3")
	@Column(name = "applies")
	private Map<String, Boolean> overrides = new TreeMap<>();

	@Version
	private int version;

	protected Commitment() {
	}

	Commitment(long instrumentId, CommitmentFacts facts) {
		this.instrumentId = instrumentId;
		revise(facts);
	}

	void revise(CommitmentFacts facts) {
		this.number = facts.number();
		this.text = facts.text();
		this.originalLanguage = facts.originalLanguage();
	}

	CommitmentFacts facts() {
		return new CommitmentFacts(number, text, originalLanguage);
	}

	/** Replaces the exceptions; a country that follows the derived rule has none. */
	void overrideApplicability(Map<String, Boolean> exceptions) {
		if (!overrides.equals(exceptions)) {
			overrides.clear();
			overrides.putAll(exceptions);
		}
	}

	Long getId() {
		return id;
	}

	Long getInstrumentId() {
		return instrumentId;
	}

	String getNumber() {
		return number;
	}

	Translated text() {
		return new Translated(text, originalLanguage);
	}

	Map<String, Boolean> getOverrides() {
		return overrides;
	}

	int getVersion() {
		return version;
	}
}
