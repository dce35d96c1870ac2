package app.tether.homework;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @EntityGraph(attributePaths = "client")
    @Query("select a from Assignment a where a.caseId = :caseId order by a.assignedAt desc, a.id desc")
    List<Assignment> findByCase(long caseId);

    @EntityGraph(attributePaths = "client")
    @Query("select a from Assignment a where a.client.id = :clientId and a.status <> app.tether.homework.AssignmentStatus.CANCELLED order by a.dueOn, a.id")
    List<Assignment> findForClient(long clientId);

    /** The latest week of each of these weekly series, whatever its status (cancelled included). */
    @EntityGraph(attributePaths = "client")
    @Query("select a from Assignment a where a.seriesKey in :seriesKeys and a.weekOf = "
            + "(select max(b.weekOf) from Assignment b where b.seriesKey = a.seriesKey)")
    List<Assignment> findLatestWeeks(Collection<String> seriesKeys);

    /**
     * One week of a series, read as committed now (a locking read): the row another request may just
     * have created is seen even by a transaction that read before it.
     */
    @EntityGraph(attributePaths = "client")
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select a from Assignment a where a.seriesKey = :seriesKey and a.weekOf = :weekOf")
    java.util.Optional<Assignment> findWeekAsCommitted(String seriesKey, java.time.LocalDate weekOf);

    @EntityGraph(attributePaths = "client")
    @Query("select a from Assignment a where a.pairKey = :pairKey and a.id <> :exceptId")
    List<Assignment> findPartners(String pairKey, long exceptId);

    /** The clients of a case asked to do an exercise (homework not cancelled), for the watch list. */
    @Query("select distinct a.client.id from Assignment a where a.caseId = :caseId and a.exerciseCode = :code "
            + "and a.status <> app.tether.homework.AssignmentStatus.CANCELLED")
    List<Long> clientsGiven(long caseId, String code);

    /** For a client's list: pair key and the other partner's name, in one query. */
    @Query("select a.pairKey, a.client.displayName from Assignment a where a.pairKey in :keys and a.client.id <> :me")
    List<Object[]> partnerNames(Collection<String> keys, long me);

    /** Sent and not yet reviewed, in these cases, the longest waiting first. */
    @EntityGraph(attributePaths = "client")
    @Query("select a from Assignment a where a.caseId in :caseIds "
            + "and a.status = app.tether.homework.AssignmentStatus.SUBMITTED order by a.submittedAt, a.id")
    List<Assignment> findWaitingForReview(Collection<Long> caseIds);
}
