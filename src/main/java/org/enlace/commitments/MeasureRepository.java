package org.enlace.commitments;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeasureRepository extends JpaRepository<AgreedMeasure, Long> {

	List<AgreedMeasure> findByCommitmentId(long commitmentId);

	Optional<AgreedMeasure> findByCodeIgnoreCase(String code);

	@Query(value = """
			select m.id from agreed_measure m join commitment c on c.id = m.commitment_id
			join instrument i on i.id = c.instrument_id where i.mechanism_code = :mechanism""", nativeQuery = true)
	Set<Long> idsOfMechanism(@Param("mechanism") String mechanismCode);

	@Query(value = """
			select distinct i.mechanism_code from agreed_measure m join commitment c on c.id = m.commitment_id
			join instrument i on i.id = c.instrument_id where m.id in (:ids)""", nativeQuery = true)
	Set<String> mechanismsOf(@Param("ids") java.util.Collection<Long> measureIds);
}
