package org.enlace.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String name = username == null ? "" : username.strip();
		// The sign-in form takes a user name or an e-mail address; user names never contain '@'.
		return (name.contains("@") ? accounts.findByEmail(name) : accounts.findByUsername(name))
			.map(AccountDetails::new)
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}
}
