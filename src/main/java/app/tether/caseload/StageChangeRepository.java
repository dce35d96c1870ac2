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
     * The moves of these cases (the enrolment row, which has no from-stage, left out) as case id,
     * from-stage, to-stage and day, each case's newest first as in {@link #findHistory}, for
     * {@link StageStay#ofNewestFirst}: a handful of rows per case, so the rule lives in one place.
     */
    @Query("select s.careCase.id, s.fromStage, s.toStage, s.changedOn from StageChange s "
            + "where s.careCase.id in :caseIds and s.fromStage is not null "
            + "order by s.careCase.id, s.changedAt desc, s.id desc")
    List<Object[]> moves(java.util.Collection<Long> caseIds);
}
