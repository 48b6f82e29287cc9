package org.enlace.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/** A person in the directory. E-mail and phone are for signed-in users only. */
@Entity
class Contact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String honorific;

	private String givenName;

	private String familyName;

	private String jobTitle;

	private Long organizationId;

	private String email;

	private String phone;

	/** ISO 639-1 codes separated by commas, e.g. "es,en". */
	private String languages;

	private boolean demo;

	private LocalDate lastVerified;

	private String searchText;

	private Instant createdAt;

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "contact_theme", joinColumns = @JoinColumn(name = "contact_id"))
	@Column(name = "gcm_objective")
	private Set<Integer> themes = new TreeSet<>();

	protected Contact() {
	}

	Contact(ContactDetails details, boolean demo, LocalDate today, Instant now) {
		this.demo = demo;
		this.lastVerified = today;
		this.createdAt = now;
		apply(details);
	}

	void apply(ContactDetails d) {
		this.honorific = d.honorific();
		this.givenName = d.givenName();
		this.familyName = d.familyName();
		this.jobTitle = d.jobTitle();
		this.organizationId = d.organizationId();
		this.email = d.email();
		this.phone = d.phone();
		this.languages = d.languages() == null || d.languages().isEmpty() ? null : String.join(",", d.languages());
		// Replacing an unchanged collection would still count as a change and bump the version.
		if (!themes.equals(d.themes())) {
			this.themes.clear();
			this.themes.addAll(d.themes());
		}
	}

	void indexAs(String searchText) {
		this.searchText = searchText;
	}

	/** The contact's organisation was merged into another: they now belong to the survivor. */
	void moveTo(long organizationId) {
		this.organizationId = organizationId;
	}

	void verified(LocalDate on) {
		this.lastVerified = on;
	}

	Long getId() {
		return id;
	}

	String getHonorific() {
		return honorific;
	}

	String getGivenName() {
		return givenName;
	}

	String getFamilyName() {
		return familyName;
	}

	String fullName() {
		return (givenName + " " + familyName).strip();
	}

	String getJobTitle() {
		return jobTitle;
	}

	Long getOrganizationId() {
		return organizationId;
	}

	String getEmail() {
		return email;
	}

	String getPhone() {
		return phone;
	}

	java.util.List<String> getLanguages() {
		return languages == null ? java.util.List.of() : java.util.List.of(languages.split(","));
	}

	boolean isDemo() {
		return demo;
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

	ContactDetails details() {
		return new ContactDetails(honorific, givenName, familyName, jobTitle, organizationId, email, phone,
				getLanguages(), getThemes());
	}
}
