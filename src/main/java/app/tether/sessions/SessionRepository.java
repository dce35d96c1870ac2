package app.tether.sessions;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionRepository extends JpaRepository<TherapySession, Long> {

    /** A case's sessions in date order: a session's number is its place in this list. */
    @Query("select s from TherapySession s where s.caseId = :caseId order by s.heldAt, s.id")
    List<TherapySession> findByCase(long caseId);

    /** All sessions of several cases, each case's in date order. */
    @Query("select s from TherapySession s where s.caseId in :caseIds order by s.caseId, s.heldAt, s.id")
    List<TherapySession> findByCases(Collection<Long> caseIds);

    @Query("select max(s.heldAt) from TherapySession s where s.caseId = :caseId")
    LocalDateTime latestHeldAt(long caseId);

    /** Sessions of many cases within a time window (the day's summaries), in time order. */
    @Query("select s from TherapySession s where s.caseId in :caseIds and s.heldAt >= :from and s.heldAt < :to "
            + "order by s.heldAt, s.id")
    List<TherapySession> findWithin(Collection<Long> caseIds, LocalDateTime from, LocalDateTime to);
}
