package app.tether.home;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AcknowledgementRepository extends JpaRepository<Acknowledgement, Long> {

    @Query("select a from Acknowledgement a where a.therapistId = :therapistId and a.caseId = :caseId and a.kind = :kind "
            + "and a.clientId = :clientId")
    Optional<Acknowledgement> find(long therapistId, long caseId, AttentionKind kind, long clientId);
}
