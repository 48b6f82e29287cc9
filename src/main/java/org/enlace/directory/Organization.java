package org.enlace.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

@Entity
class Organization {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String acronym;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganizationKind kind;

	private String countryIso3;

	private Long parentId;

	private String website;

	private Long mergedIntoId;

	private LocalDate lastVerified;

	private String searchText;

	private Instant createdAt;

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "organization_theme", joinColumns = @JoinColumn(name = "organization_id"))
	@Column(name = "gcm_objective")
	private Set<Integer> themes = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "organization_mechanism", joinColumns = @JoinColumn(name = "organization_id"))
	@Column(name = "mechanism_code")
	private Set<String> mechanisms = new TreeSet<>();

	protected Organization() {
	}

	Organization(OrganizationDetails details, LocalDate today, Instant now) {
		this.createdAt = now;
		this.lastVerified = today;
		apply(details);
	}

	/** Takes new details; the caller has checked the actor may. */
	void apply(OrganizationDetails d) {
		this.acronym = d.acronym();
		this.name = d.name();
		this.kind = d.kind();
		this.countryIso3 = d.countryIso3();
		this.parentId = d.parentId();
		this.website = d.website();
		// Replacing an unchanged collection would still count as a change and bump the version.
		if (!themes.equals(d.themes())) {
			this.themes.clear();
			this.themes.addAll(d.themes());
		}
		if (!mechanisms.equals(d.mechanisms())) {
			this.mechanisms.clear();
			this.mechanisms.addAll(d.mechanisms());
		}
	}

	void indexAs(String searchText) {
		this.searchText = searchText;
	}

	void verified(LocalDate on) {
		this.lastVerified = on;
	}

	void mergeInto(long survivorId) {
		if (survivorId == id) {
			throw new IllegalArgumentException("an organisation cannot be merged into itself");
		}
		this.mergedIntoId = survivorId;
	}

	/** The parent was merged into another organisation, which becomes the parent. */
	void reparent(Long parentId) {
		this.parentId = parentId;
	}

	boolean isMerged() {
		return mergedIntoId != null;
	}

	Long getId() {
		return id;
	}

	String getAcronym() {
		return acronym;
	}

	String getName() {
		return name;
	}

	OrganizationKind getKind() {
		return kind;
	}

	String getCountryIso3() {
		return countryIso3;
	}

	Long getParentId() {
		return parentId;
	}

	String getWebsite() {
		return website;
	}

	Long getMergedIntoId() {
		return mergedIntoId;
	}

	LocalDate getLastVerified() {
		return lastVerified;
	}

	int getVersion() {
		return version;
	}

	Set<Integer> getThemes() {
		return Set.copyOf(themes);
	}

	Set<String> getMechanisms() {
		return Set.copyOf(mechanisms);
	}

	OrganizationDetails details() {
		return new OrganizationDetails(acronym, name, kind, countryIso3, parentId, website, getThemes(),
				getMechanisms());
	}
}
