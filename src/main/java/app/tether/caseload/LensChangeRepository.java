package app.tether.caseload;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LensChangeRepository extends JpaRepository<LensChange, Long> {

    @EntityGraph(attributePaths = "changedBy")
    @Query("select l from LensChange l where l.caseId = :caseId order by l.changedAt desc, l.id desc")
    List<LensChange> findHistory(long caseId);
}
