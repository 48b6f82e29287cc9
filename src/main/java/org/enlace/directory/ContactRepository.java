package org.enlace.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, Long> {

	@Query("select c from Contact c where c.organizationId = ?1 order by c.familyName, c.givenName")
	List<Contact> findByOrganization(long organizationId);
}
