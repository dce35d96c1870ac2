package app.tether.caseload;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    @EntityGraph(attributePaths = "changedBy")
    @Query("select s from StageChange s where s.careCase.id = :caseId order by s.changedAt desc, s.id desc")
    List<StageChange> findHistory(long caseId);

    /**
     * Per case: the day of the latest stage move and the furthest stage moved to (the enrolment row,
     * which has no from-stage, is left out), as {@link StageStay} needs them.
     */
    @Query("select s.careCase.id, max(s.changedOn), max(s.toStage) from StageChange s "
            + "where s.careCase.id in :caseIds and s.fromStage is not null group by s.careCase.id")
    List<Object[]> stays(java.util.Collection<Long> caseIds);
}
