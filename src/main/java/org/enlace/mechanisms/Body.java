package org.enlace.mechanisms;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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

	private String kind;

	private String notes;

	@Version
	private int version;

	protected Body() {
	}

	Body(String code, LocalizedText name, String kind, String notes) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.notes = notes;
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

	String getKind() {
		return kind;
	}

	String getNotes() {
		return notes;
	}
}
