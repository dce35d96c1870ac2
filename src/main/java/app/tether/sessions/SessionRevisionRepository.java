package app.tether.sessions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionRevisionRepository extends JpaRepository<SessionRevision, Long> {

    @Query("select r from SessionRevision r where r.sessionId = :sessionId order by r.revision desc")
    List<SessionRevision> findBySession(long sessionId);
}
