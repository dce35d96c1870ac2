package app.tether.caseload;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<CareCase, Long> {

    // One query for the caseload: cases plus their clients, ordered for a stable list.
    @EntityGraph(attributePaths = {"clients", "therapist"})
    @Query("select c from CareCase c where c.therapist.id = :therapistId order by c.id")
    List<CareCase> findCaseload(long therapistId);

    /**
     * The home screen's caseload as plain rows, one per client in case order (no entities, so nothing
     * loads lazily afterwards): id, kind, lens, programme start, stage, created, closed on, client id,
     * name, username; then, from the stage history, the day of the latest move and the furthest stage
     * moved to (see {@link StageStay}), as subqueries so the home keeps its statement budget.
     */
    @Query("select c.id, c.kind, c.lens, c.programmeStart, c.currentStage, c.createdAt, c.closedOn, "
            + "cl.id, cl.displayName, cl.username, "
            + "(select max(s.changedOn) from StageChange s where s.careCase = c and s.fromStage is not null), "
            + "(select max(s.toStage) from StageChange s where s.careCase = c and s.fromStage is not null) "
            + "from CareCase c join c.clients cl "
            + "where c.therapist.id = :therapistId order by c.id, index(cl)")
    List<Object[]> caseloadRows(long therapistId);

    @EntityGraph(attributePaths = {"clients", "therapist"})
    @Query("select c from CareCase c order by c.id")
    List<CareCase> findAllWithPeople();

    @EntityGraph(attributePaths = {"clients", "therapist"})
    @Query("select c from CareCase c where c.id = :id")
    Optional<CareCase> findWithPeople(long id);

    @Query("select c.closedOn from CareCase c where c.id = :caseId")
    Optional<java.time.LocalDate> findClosedOn(long caseId);

    // Open cases that include any of these clients, for the duplicate warning.
    @EntityGraph(attributePaths = {"clients", "therapist"})
    @Query("select distinct c from CareCase c join c.clients cl where cl.id in :clientIds and c.closedOn is null "
            + "order by c.id")
    List<CareCase> findOpenWithClients(java.util.Collection<Long> clientIds);

    @Query("select count(c) > 0 from CareCase c where c.id = :caseId and c.therapist.id = :therapistId "
            + "and c.therapist.active = true")
    boolean isTreatedBy(long caseId, long therapistId);

    @Query("select c.therapist.id from CareCase c where c.id = :caseId and c.therapist.active = true")
    List<Long> findActiveTherapistIds(long caseId);

    @Query("select count(c) > 0 from CareCase c join c.clients cl where c.id = :caseId and cl.id = :clientId "
            + "and cl.active = true")
    boolean hasClient(long caseId, long clientId);

    @EntityGraph(attributePaths = {"clients", "therapist"})
    @Query("select distinct c from CareCase c join c.clients cl where cl.id = :clientId order by c.id")
    List<CareCase> findByClient(long clientId);
}
