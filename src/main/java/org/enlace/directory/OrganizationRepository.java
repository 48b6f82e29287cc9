package org.enlace.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

	@Query("select o from Organization o where upper(o.acronym) = upper(?1) and o.mergedIntoId is null")
	List<Organization> findByAcronym(String acronym);

	@Query("select o from Organization o where upper(o.name) = upper(?1) and o.mergedIntoId is null")
	List<Organization> findByName(String name);

	@Query("select o from Organization o where o.countryIso3 = ?1 and o.mergedIntoId is null order by o.name")
	List<Organization> findByCountry(String iso3);

	@Query("select o from Organization o where o.parentId = ?1 and o.mergedIntoId is null order by o.name")
	List<Organization> findChildren(long parentId);

	@Query("select o from Organization o where o.mergedIntoId is null order by o.name")
	List<Organization> findAllActive();

	default Optional<Organization> findActive(long id) {
		return findById(id).filter(o -> !o.isMerged());
	}
}
