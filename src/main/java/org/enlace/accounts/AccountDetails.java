package org.enlace.accounts;

import java.util.Collection;
import java.util.List;

import org.enlace.platform.security.PreferredLanguage;
import org.enlace.shared.Grant;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: an account's name, grants and chosen language. */
final class AccountDetails implements UserDetails, PreferredLanguage, CredentialsContainer {

	private final String username;

	private String passwordHash;

	private final boolean enabled;

	private final String language;

	private final List<GrantedAuthority> authorities;

	AccountDetails(Account account) {
		this.username = account.getUsername();
		this.passwordHash = account.getPasswordHash();
		this.enabled = account.isEnabled() && account.getPasswordHash() != null;
		this.language = account.getLanguage();
		// Every signed-in account reads members-only content.
		var grants = new java.util.HashSet<>(account.getGrants());
		grants.add(new Grant(org.enlace.shared.Role.MEMBER, null));
		this.authorities = grants.stream()
			.map(Grant::authority)
			.sorted()
			.<GrantedAuthority>map(SimpleGrantedAuthority::new)
			.toList();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public String preferredLanguage() {
		return language;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
