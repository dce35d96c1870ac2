package app.tether.caseload;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReadinessRepository extends JpaRepository<ReadinessAssessment, Long> {

    /** A case's assessments, the one that counts first (latest day, then latest recorded). */
    @Query("select r from ReadinessAssessment r where r.caseId = :caseId order by r.assessedOn desc, r.id desc")
    List<ReadinessAssessment> findByCase(long caseId);
}
