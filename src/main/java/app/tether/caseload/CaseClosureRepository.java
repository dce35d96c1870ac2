package app.tether.caseload;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseClosureRepository extends JpaRepository<CaseClosure, Long> {

    @EntityGraph(attributePaths = "recordedBy")
    @Query("select c from CaseClosure c where c.caseId = :caseId order by c.recordedAt desc, c.id desc")
    List<CaseClosure> findHistory(long caseId);
}
