package org.enlace.commitments;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureRepository extends JpaRepository<AgreedMeasure, Long> {

	List<AgreedMeasure> findByCommitmentIdOrderByCode(long commitmentId);

	Optional<AgreedMeasure> findByCodeIgnoreCase(String code);
}
