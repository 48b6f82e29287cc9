package org.enlace.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PositionRepository extends JpaRepository<Position, Long> {

	@Query("select p from Position p where p.countryIso3 = ?1 order by p.title")
	List<Position> findByCountry(String iso3);

	@Query("select p from Position p where p.countryIso3 = ?1 and p.focalPoint order by p.title")
	List<Position> findFocalPoints(String iso3);

	@Query("select p from Position p join p.terms t where t.contactId = ?1 and t.endsOn is null")
	List<Position> findHeldBy(long contactId);

	@Query("select p from Position p where p.organizationId = ?1 order by p.title")
	List<Position> findByOrganization(long organizationId);
}
