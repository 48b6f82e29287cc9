package org.enlace.mechanisms;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation observing a mechanism, by name (it need not be in the directory). */
@Entity
@Table(name = "mechanism_observer_organization")
class ObserverOrganization {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	protected ObserverOrganization() {
	}

	ObserverOrganization(String name) {
		this.name = name;
	}

	String getName() {
		return name;
	}
}
