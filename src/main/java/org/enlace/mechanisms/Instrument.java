package org.enlace.mechanisms;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.enlace.shared.LocalizedText;

/** A declaration, plan, guideline or protocol a mechanism adopted. */
@Entity
class Instrument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String mechanismCode;

	private String bodyCode;

	private String kind;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "es", column = @Column(name = "title_es")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "title_fr")) })
	private LocalizedText title;

	private Integer adoptedYear;

	private LocalDate adoptedOn;

	private String notes;

	@Version
	private int version;

	protected Instrument() {
	}

	Instrument(String mechanismCode, String kind, LocalizedText title, Integer adoptedYear, String notes) {
		this.mechanismCode = mechanismCode;
		this.kind = kind;
		this.title = title;
		this.adoptedYear = adoptedYear;
		this.notes = notes;
	}

	String getMechanismCode() {
		return mechanismCode;
	}

	String getKind() {
		return kind;
	}

	LocalizedText getTitle() {
		return title;
	}

	Integer getAdoptedYear() {
		return adoptedYear;
	}

	String getNotes() {
		return notes;
	}
}
