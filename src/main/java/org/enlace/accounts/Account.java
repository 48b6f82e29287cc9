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

	/** A new password (already hashed): the account can sign in with it from now on. */
	void changePassword(String hash) {
		this.passwordHash = java.util.Objects.requireNonNull(hash);
	}

	boolean hasPassword() {
		return passwordHash != null;
	}

	void rename(String displayName) {
		this.displayName = displayName.strip();
	}

	void grant(Grant grant) {
		grants.add(AccountGrant.of(grant));
	}

	void revokeAll() {
		grants.clear();
	}

	/** Replaces the account's grants with these; unchanged grants stay as they are. */
	void replaceGrants(Set<Grant> wanted) {
		Set<AccountGrant> target = wanted.stream().map(AccountGrant::of).collect(Collectors.toSet());
		grants.retainAll(target);
		grants.addAll(target);
	}

	/** The account as the audit trail records it (never the password). */
	java.util.Map<String, String> snapshot() {
		var snapshot = new java.util.LinkedHashMap<String, String>();
		snapshot.put("username", username);
		snapshot.put("email", email);
		snapshot.put("enabled", String.valueOf(enabled));
		snapshot.put("grants", getGrants().stream().map(Grant::authority).sorted().collect(Collectors.joining(", ")));
		return snapshot;
	}

	boolean isAdministrator() {
		return grants.stream().anyMatch(g -> g.role().equals(org.enlace.shared.Role.ADMIN.name()));
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

	int getVersion() {
		return version;
	}

	Instant getCreatedAt() {
		return createdAt;
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
