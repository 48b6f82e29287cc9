package org.enlace.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a where lower(a.username) = lower(?1)")
	Optional<Account> findByUsername(String username);

	@Query("select a from Account a where lower(a.email) = lower(?1)")
	Optional<Account> findByEmail(String email);

	@Query("select count(a) > 0 from Account a join a.grants g where g.role = 'ADMIN'")
	boolean anyAdministrator();

	@Query("select count(distinct a) from Account a join a.grants g where g.role = 'ADMIN' and a.enabled = true")
	long countEnabledAdministrators();

	@Query("select distinct a from Account a join a.grants g where g.role = ?1 and g.scope = ?2 and a.enabled = true")
	List<Account> enabledHolders(String role, String scope);

	@Query(value = "select a from Account a order by lower(a.username)", countQuery = "select count(a) from Account a")
	Page<Account> listed(Pageable pageable);
}
