package app.tether.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditRepository extends JpaRepository<AuditEntry, Long> {

    @Query("select a from AuditEntry a order by a.at desc, a.id desc")
    List<AuditEntry> findRecent(Pageable page);
}
