package org.enlace.mechanisms;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.enlace.mechanisms.Keeping.BodyFacts;
import org.enlace.shared.LocalizedText;

/** A body of a mechanism: a meeting, a group, a network, a secretariat. */
@Entity
@Table(name = "mechanism_body")
class Body {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "es", column = @Column(name = "name_es")),
			@AttributeOverride(name = "en", column = @Column(name = "name_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "name_fr")) })
	private LocalizedText name;

	@Convert(converter = BodyKind.Column.class)
	private BodyKind kind;

	private String notes;

	@Version
	private int version;

	protected Body() {
	}

	Body(BodyFacts facts) {
		revise(facts);
	}

	/** Takes new facts; the mechanism has checked the code is free. */
	void revise(BodyFacts facts) {
		this.code = facts.code();
		this.name = facts.name();
		this.kind = facts.kind();
		this.notes = facts.notes();
	}

	BodyFacts facts() {
		return new BodyFacts(code, name, kind, notes);
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	LocalizedText getName() {
		return name;
	}

	BodyKind getKind() {
		return kind;
	}

	String getNotes() {
		return notes;
	}

	int getVersion() {
		return version;
	}
}
