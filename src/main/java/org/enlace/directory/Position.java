package org.enlace.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * A seat, such as "RCM liaison officer for consular protection — Guatemala". People hold it for a
 * while; the seat and its history stay when they go.
 */
@Entity
class Position {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private Long organizationId;

	private String countryIso3;

	private String mechanismCode;

	private String bodyCode;

	private boolean focalPoint;

	private LocalDate lastVerified;

	private String searchText;

	private Instant createdAt;

	@Version
	private int version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "position_id", nullable = false)
	@OrderBy("startsOn desc")
	private List<PositionTerm> terms = new ArrayList<>();

	protected Position() {
	}

	Position(PositionDetails details, LocalDate today, Instant now) {
		this.lastVerified = today;
		this.createdAt = now;
		apply(details);
	}

	void apply(PositionDetails d) {
		this.title = d.title();
		this.organizationId = d.organizationId();
		this.countryIso3 = d.countryIso3();
		this.mechanismCode = d.mechanismCode();
		this.bodyCode = d.bodyCode();
		this.focalPoint = d.focalPoint();
	}

	/**
	 * A new holder takes the seat from {@code from}; whoever held it until then leaves the day
	 * before, so the history has no overlap.
	 */
	void handTo(long contactId, LocalDate from) {
		current().ifPresent(term -> {
			if (!from.isAfter(term.getStartsOn())) {
				throw new IllegalArgumentException("the new holder must start after the current one");
			}
			term.end(from.minusDays(1));
		});
		terms.add(new PositionTerm(contactId, from));
	}

	/** The current holder leaves; the seat stays, vacant. */
	void vacate(LocalDate on) {
		current().ifPresent(term -> term.end(on));
	}

	Optional<PositionTerm> current() {
		return terms.stream().filter(PositionTerm::isOpen).findFirst();
	}

	void indexAs(String searchText) {
		this.searchText = searchText;
	}

	/** The seat's organisation was merged into another. */
	void moveTo(long organizationId) {
		this.organizationId = organizationId;
	}

	void verified(LocalDate on) {
		this.lastVerified = on;
	}

	Long getId() {
		return id;
	}

	String getTitle() {
		return title;
	}

	Long getOrganizationId() {
		return organizationId;
	}

	String getCountryIso3() {
		return countryIso3;
	}

	String getMechanismCode() {
		return mechanismCode;
	}

	String getBodyCode() {
		return bodyCode;
	}

	boolean isFocalPoint() {
		return focalPoint;
	}

	LocalDate getLastVerified() {
		return lastVerified;
	}

	int getVersion() {
		return version;
	}

	List<PositionTerm> getTerms() {
		return terms.stream().sorted(Comparator.comparing(PositionTerm::getStartsOn).reversed()).toList();
	}

	PositionDetails details() {
		return new PositionDetails(title, organizationId, countryIso3, mechanismCode, bodyCode, focalPoint);
	}
}
