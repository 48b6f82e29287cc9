package org.enlace.accounts;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.enlace.shared.Grant;

@Entity
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String email;

	private String displayName;

	private String passwordHash;

	private String language;

	private boolean enabled;

	private boolean demo;

	private Instant createdAt;

	@Version
	private int version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_grant", joinColumns = @JoinColumn(name = "account_id"))
	private Set<AccountGrant> grants = new HashSet<>();

	protected Account() {
	}

	Account(String username, String email, String displayName, Instant createdAt) {
		this.username = username.strip();
		this.email = email.strip();
		this.displayName = displayName.strip();
		this.createdAt = createdAt;
		this.enabled = true;
	}

	void setPasswordHash(String hash) {
		this.passwordHash = hash;
	}

	void grant(Grant grant) {
		grants.add(AccountGrant.of(grant));
	}

	void revokeAll() {
		grants.clear();
	}

	void chooseLanguage(String language) {
		this.language = language;
	}

	void markDemo() {
		this.demo = true;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getEmail() {
		return email;
	}

	String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	String getLanguage() {
		return language;
	}

	boolean isEnabled() {
		return enabled;
	}

	boolean isDemo() {
		return demo;
	}

	Set<Grant> getGrants() {
		return grants.stream().map(AccountGrant::toGrant).collect(Collectors.toUnmodifiableSet());
	}

	@jakarta.persistence.Embeddable
	record AccountGrant(@Column(name = "role") String role, @Column(name = "scope") String scope) {

		static AccountGrant of(Grant grant) {
			return new AccountGrant(grant.role().name(), grant.scope());
		}

		Grant toGrant() {
			return new Grant(org.enlace.shared.Role.valueOf(role), scope);
		}
	}
}
