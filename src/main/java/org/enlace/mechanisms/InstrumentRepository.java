package org.enlace.mechanisms;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InstrumentRepository extends JpaRepository<Instrument, Long> {

	@Query("select i from Instrument i where i.mechanismCode = ?1 order by i.adoptedYear desc nulls last, i.id")
	List<Instrument> findByMechanism(String mechanismCode);
}
