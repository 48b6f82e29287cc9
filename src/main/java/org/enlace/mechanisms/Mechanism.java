package org.enlace.mechanisms;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.enlace.shared.LocalizedText;

@Entity
class Mechanism {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "es", column = @Column(name = "acronym_es")),
			@AttributeOverride(name = "en", column = @Column(name = "acronym_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "acronym_fr")) })
	private LocalizedText acronym;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "es", column = @Column(name = "name_es")),
			@AttributeOverride(name = "en", column = @Column(name = "name_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "name_fr")) })
	private LocalizedText name;

	private String kind;

	private Integer established;

	private String secretariat;

	private String presidencyRotation;

	private String notes;

	@Version
	private int version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "mechanism_id", nullable = false)
	@OrderBy("countryIso3")
	private List<Membership> memberships = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "mechanism_id", nullable = false)
	@OrderBy("id")
	private List<Body> bodies = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "mechanism_id", nullable = false)
	@OrderBy("startsOn")
	private List<Presidency> presidencies = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "mechanism_id", nullable = false)
	@OrderBy("id")
	private List<ObserverOrganization> observerOrganizations = new ArrayList<>();

	protected Mechanism() {
	}

	Mechanism(String code, LocalizedText acronym, LocalizedText name, String kind, Integer established,
			String secretariat, String presidencyRotation, String notes) {
		this.code = code;
		this.acronym = acronym;
		this.name = name;
		this.kind = kind;
		this.established = established;
		this.secretariat = secretariat;
		this.presidencyRotation = presidencyRotation;
		this.notes = notes;
	}

	void addMembership(Membership membership) {
		memberships.add(membership);
	}

	void addBody(Body body) {
		bodies.add(body);
	}

	void addPresidency(Presidency presidency) {
		presidencies.add(presidency);
	}

	void addObserverOrganization(String organizationName) {
		observerOrganizations.add(new ObserverOrganization(organizationName));
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	LocalizedText getAcronym() {
		return acronym == null ? LocalizedText.of(code, code, code) : acronym;
	}

	LocalizedText getName() {
		return name;
	}

	String getKind() {
		return kind;
	}

	Integer getEstablished() {
		return established;
	}

	String getSecretariat() {
		return secretariat;
	}

	String getPresidencyRotation() {
		return presidencyRotation;
	}

	String getNotes() {
		return notes;
	}

	List<Membership> getMemberships() {
		return memberships;
	}

	List<Body> getBodies() {
		return bodies;
	}

	List<Presidency> getPresidencies() {
		return presidencies;
	}

	List<ObserverOrganization> getObserverOrganizations() {
		return observerOrganizations;
	}
}
