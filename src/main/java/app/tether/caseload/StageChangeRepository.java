package app.tether.caseload;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    @EntityGraph(attributePaths = "changedBy")
    @Query("select s from StageChange s where s.careCase.id = :caseId order by s.changedAt desc, s.id desc")
    List<StageChange> findHistory(long caseId);
}
