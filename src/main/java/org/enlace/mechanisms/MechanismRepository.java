package org.enlace.mechanisms;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MechanismRepository extends JpaRepository<Mechanism, Long> {

	@Query("select m from Mechanism m where upper(m.code) = upper(?1)")
	Optional<Mechanism> findByCode(String code);

	@Query("select m from Mechanism m order by m.id")
	List<Mechanism> findAllInOrder();
}
