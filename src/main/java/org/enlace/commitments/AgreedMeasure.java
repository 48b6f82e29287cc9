package org.enlace.commitments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.enlace.commitments.Facts.MeasureFacts;
import org.enlace.shared.LocalizedText;

/** An action line under a commitment, known by a code such as {@code RCM-2019-SP-3.2}. */
@Entity
@Table(name = "agreed_measure")
class AgreedMeasure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long commitmentId;

	private String code;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "es", column = @Column(name = "title_es")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "title_fr")) })
	private LocalizedText title;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "es", column = @Column(name = "description_es")),
			@AttributeOverride(name = "en", column = @Column(name = "description_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "description_fr")) })
	private LocalizedText description;

	private String originalLanguage;

	private String responsibleBody;

	private LocalDate targetDate;

	private BigDecimal estimatedCostUsd;

	@ElementCollection
	@CollectionTable(name = "agreed_measure_gcm", joinColumns = @JoinColumn(name = "measure_id"))
	@Column(name = "gcm_objective")
	private Set<Integer> gcmObjectives = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "agreed_measure_sdg", joinColumns = @JoinColumn(name = "measure_id"))
	@Column(name = "sdg_target")
	private Set<String> sdgTargets = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "agreed_measure_theme", joinColumns = @JoinColumn(name = "measure_id"))
	@Column(name = "theme")
	private Set<String> themes = new TreeSet<>();

	@Version
	private int version;

	protected AgreedMeasure() {
	}

	AgreedMeasure(long commitmentId, MeasureFacts facts) {
		this.commitmentId = commitmentId;
		revise(facts);
	}

	void revise(MeasureFacts facts) {
		if (facts.estimatedCostUsd() != null && facts.estimatedCostUsd().signum() < 0) {
			throw ChangeRefused.because("estimatedCostUsd", "commitments.validation.negativeCost");
		}
		this.code = facts.code();
		this.title = facts.title();
		this.description = facts.description();
		this.originalLanguage = facts.originalLanguage();
		this.responsibleBody = facts.responsibleBody();
		this.targetDate = facts.targetDate();
		this.estimatedCostUsd = facts.estimatedCostUsd();
		replace(gcmObjectives, facts.gcmObjectives());
		replace(sdgTargets, facts.sdgTargets());
		replace(themes, facts.themes());
	}

	/** Replacing a set by an equal one would count as a change and bump the version. */
	private static <T> void replace(Set<T> current, Set<T> wanted) {
		if (!current.equals(wanted)) {
			current.clear();
			current.addAll(wanted);
		}
	}

	MeasureFacts facts() {
		return new MeasureFacts(code, title, description, originalLanguage, responsibleBody, targetDate,
				estimatedCostUsd, new TreeSet<>(gcmObjectives), new TreeSet<>(sdgTargets), new TreeSet<>(themes));
	}

	Long getId() {
		return id;
	}

	Long getCommitmentId() {
		return commitmentId;
	}

	String getCode() {
		return code;
	}

	Translated title() {
		return new Translated(title, originalLanguage);
	}

	Translated description() {
		return new Translated(description, originalLanguage);
	}

	String getResponsibleBody() {
		return responsibleBody;
	}

	LocalDate getTargetDate() {
		return targetDate;
	}

	BigDecimal getEstimatedCostUsd() {
		return estimatedCostUsd;
	}

	Set<Integer> getGcmObjectives() {
		return gcmObjectives;
	}

	Set<String> getSdgTargets() {
		return sdgTargets;
	}

	Set<String> getThemes() {
		return themes;
	}

	int getVersion() {
		return version;
	}
}
