package app.tether.caseload;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TherapistAssignmentRepository extends JpaRepository<TherapistAssignment, Long> {

    List<TherapistAssignment> findByCaseIdOrderByAssignedAtAscIdAsc(long caseId);

    @Query("select a from TherapistAssignment a where a.caseId = :caseId and a.endedAt is null")
    List<TherapistAssignment> findOpen(long caseId);
}
