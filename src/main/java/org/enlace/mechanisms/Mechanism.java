package org.enlace.mechanisms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.enlace.mechanisms.Keeping.BodyFacts;
import org.enlace.mechanisms.Keeping.MechanismFacts;
import org.enlace.mechanisms.Keeping.MembershipFacts;
import org.enlace.mechanisms.Keeping.PresidencyFacts;
import org.enlace.shared.LocalizedText;

/**
 * A mechanism and its parts (memberships, bodies, presidencies), kept together: adding or removing a
 * part changes the mechanism's version, so two people adding overlapping periods at once cannot both
 * succeed.
 */
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
	@OrderBy("countryIso3, since")
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

	/** Takes new facts; the caller has checked the actor may and the values are in range. */
	void revise(MechanismFacts facts) {
		this.name = facts.name();
		this.acronym = facts.acronym();
		this.kind = facts.kind();
		this.established = facts.established();
		this.secretariat = facts.secretariat();
		this.presidencyRotation = facts.presidencyRotation();
		this.notes = facts.notes();
	}

	MechanismFacts facts() {
		return new MechanismFacts(name, acronym, kind, established, secretariat, presidencyRotation, notes);
	}

	void addMembership(Membership membership) {
		memberships.add(membership);
	}

	/** Admits a country for a period that overlaps none of its other periods here. */
	Membership admit(MembershipFacts facts) {
		refuseOverlap(facts, null);
		Membership membership = new Membership(facts);
		memberships.add(membership);
		return membership;
	}

	/** Changes a membership, e.g. ends it by setting its last day. */
	void reviseMembership(Membership membership, MembershipFacts facts) {
		refuseOverlap(facts, membership);
		membership.revise(facts);
	}

	Optional<Membership> membership(long id) {
		return memberships.stream().filter(m -> Long.valueOf(id).equals(m.getId())).findFirst();
	}

	void addBody(Body body) {
		bodies.add(body);
	}

	Body addBody(BodyFacts facts) {
		refuseTakenCode(facts.code(), null);
		Body body = new Body(facts);
		bodies.add(body);
		return body;
	}

	void reviseBody(Body body, BodyFacts facts) {
		refuseTakenCode(facts.code(), body);
		body.revise(facts);
	}

	Optional<Body> body(String code) {
		return bodies.stream().filter(b -> b.getCode().equalsIgnoreCase(code)).findFirst();
	}

	void removeBody(Body body) {
		bodies.remove(body);
	}

	void addPresidency(Presidency presidency) {
		presidencies.add(presidency);
	}

	/** Adds a presidency that overlaps no other presidency of this mechanism. */
	Presidency addPresidency(PresidencyFacts facts) {
		Period period = new Period(facts.startsOn(), facts.endsOn());
		if (presidencies.stream().anyMatch(p -> p.period().overlaps(period))) {
			throw ChangeRefused.because("startsOn", "mechanisms.presidency.overlaps");
		}
		Presidency presidency = new Presidency(facts.countryIso3(), facts.startsOn(), facts.endsOn());
		presidencies.add(presidency);
		return presidency;
	}

	Optional<Presidency> presidency(long id) {
		return presidencies.stream().filter(p -> Long.valueOf(id).equals(p.getId())).findFirst();
	}

	void removePresidency(Presidency presidency) {
		presidencies.remove(presidency);
	}

	private void refuseOverlap(MembershipFacts facts, Membership self) {
		Period period = new Period(facts.since(), facts.until());
		boolean overlaps = memberships.stream()
			.filter(m -> m != self && m.getCountryIso3().equals(facts.countryIso3()))
			.anyMatch(m -> m.period().overlaps(period));
		if (overlaps) {
			throw ChangeRefused.because("since", "mechanisms.membership.overlaps");
		}
	}

	private void refuseTakenCode(String code, Body self) {
		if (bodies.stream().anyMatch(b -> b != self && b.getCode().equalsIgnoreCase(code))) {
			throw ChangeRefused.because("code", "mechanisms.body.code.taken");
		}
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
		return acronym == null || acronym.isEmpty() ? LocalizedText.of(code, code, code) : acronym;
	}

	LocalizedText getName() {
		return name;
	}

	String getKind() {
		return kind;
	}

	int getVersion() {
		return version;
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
