package org.enlace.commitments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.enlace.commitments.Facts.DocumentLink;
import org.enlace.commitments.Facts.InstrumentFacts;
import org.enlace.shared.LocalizedText;

/** A declaration, plan, resolution, guideline or protocol a mechanism (or one of its bodies) adopted. */
@Entity
class Instrument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String referenceKey;

	private String mechanismCode;

	private String bodyCode;

	@Enumerated(EnumType.STRING)
	private InstrumentKind kind;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "es", column = @Column(name = "title_es")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "title_fr")) })
	private LocalizedText title;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "es", column = @Column(name = "text_es")),
			@AttributeOverride(name = "en", column = @Column(name = "text_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "text_fr")) })
	private LocalizedText text;

	private String originalLanguage;

	/** Only the year is known of some instruments carried in from the reference file. */
	private Integer adoptedYear;

	private LocalDate adoptedOn;

	private String meeting;

	private String notes;

	@Enumerated(EnumType.STRING)
	private AccessLevel accessLevel;

	@ElementCollection
	@CollectionTable(name = "instrument_document", joinColumns = @JoinColumn(name = "instrument_id"))
	@OrderColumn(name = "position")
	private List<Document> documents = new ArrayList<>();

	@Version
	private int version;

	protected Instrument() {
	}

	Instrument(String mechanismCode, InstrumentFacts facts) {
		this.mechanismCode = mechanismCode;
		revise(facts);
	}

	/** An instrument from the shipped reference file, known by its key so it is carried in once. */
	static Instrument fromReference(String referenceKey, String mechanismCode, InstrumentKind kind,
			LocalizedText title, String originalLanguage, Integer adoptedYear, String notes) {
		Instrument i = new Instrument();
		i.referenceKey = referenceKey;
		i.mechanismCode = mechanismCode;
		i.kind = kind;
		i.title = title;
		i.text = LocalizedText.of(null, null, null);
		i.originalLanguage = originalLanguage;
		i.adoptedYear = adoptedYear;
		i.notes = notes;
		i.accessLevel = AccessLevel.PUBLIC;
		return i;
	}

	void revise(InstrumentFacts facts) {
		this.kind = facts.kind();
		this.bodyCode = facts.bodyCode();
		this.title = facts.title();
		this.text = facts.text();
		this.originalLanguage = facts.originalLanguage();
		this.adoptedOn = facts.adoptedOn();
		if (facts.adoptedOn() != null) {
			this.adoptedYear = facts.adoptedOn().getYear();
		}
		this.meeting = facts.meeting();
		this.accessLevel = facts.accessLevel();
		// Rewriting an unchanged list would count as a change and bump the version.
		if (!documentLinks().equals(facts.documents())) {
			this.documents.clear();
			for (DocumentLink d : facts.documents()) {
				this.documents.add(new Document(d.label(), d.url()));
			}
		}
	}

	InstrumentFacts facts() {
		return new InstrumentFacts(kind, bodyCode, title, text == null ? LocalizedText.of(null, null, null) : text,
				originalLanguage, adoptedOn, meeting, documentLinks(), accessLevel);
	}

	private List<DocumentLink> documentLinks() {
		return documents.stream().map(d -> new DocumentLink(d.label, d.url)).toList();
	}

	/**
	 * The day whose membership decides whom the instrument binds: the adoption date, or the last day
	 * of the adoption year when only the year is known, or today when neither is.
	 */
	LocalDate bindingDay(LocalDate today) {
		if (adoptedOn != null) {
			return adoptedOn;
		}
		return adoptedYear != null ? LocalDate.of(adoptedYear, 12, 31) : today;
	}

	boolean isVisibleTo(org.enlace.shared.Actor actor) {
		return accessLevel == AccessLevel.PUBLIC || actor.isSignedIn();
	}

	Long getId() {
		return id;
	}

	String getMechanismCode() {
		return mechanismCode;
	}

	String getBodyCode() {
		return bodyCode;
	}

	InstrumentKind getKind() {
		return kind;
	}

	Translated title() {
		return new Translated(title, originalLanguage);
	}

	Translated text() {
		return new Translated(text == null ? LocalizedText.of(null, null, null) : text, originalLanguage);
	}

	Integer getAdoptedYear() {
		return adoptedYear;
	}

	LocalDate getAdoptedOn() {
		return adoptedOn;
	}

	String getMeeting() {
		return meeting;
	}

	String getNotes() {
		return notes;
	}

	AccessLevel getAccessLevel() {
		return accessLevel;
	}

	int getVersion() {
		return version;
	}

	@Embeddable
	static class Document {

		private String label;

		private String url;

		protected Document() {
		}

		Document(String label, String url) {
			this.label = label;
			this.url = url;
		}
	}
}
