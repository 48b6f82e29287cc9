package org.enlace.commitments;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InstrumentRepository extends JpaRepository<Instrument, Long> {

	@Query("select i from Instrument i order by i.mechanismCode, i.adoptedYear desc nulls last, i.id")
	List<Instrument> findAllInOrder();

	boolean existsByReferenceKey(String referenceKey);

	Optional<Instrument> findByReferenceKey(String referenceKey);
}
