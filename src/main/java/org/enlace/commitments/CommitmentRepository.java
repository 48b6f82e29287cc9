package org.enlace.commitments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

	List<Commitment> findByInstrumentIdOrderById(long instrumentId);

	boolean existsByInstrumentIdAndNumber(long instrumentId, String number);
}
