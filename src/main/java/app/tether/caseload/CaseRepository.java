package app.tether.caseload;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<CareCase, Long> {

    /** Move {@code n} came after move {@code m} (by time, then id, as the history is ordered). */
    String LATER_N_THAN_M = "(n.changedAt > m.changedAt or (n.changedAt = m.changedAt and n.id > m.id))";

    /**
     * The move under alias s, m or n was held past its day: no later move of the case on the same day
     * (see {@link StageStay}).
     */
    String HELD_S = "not exists (select x.id from StageChange x where x.careCase = s.careCase "
            + "and x.fromStage is not null and x.changedOn = s.changedOn "
            + "and (x.changedAt > s.changedAt or (x.changedAt = s.changedAt and x.id > s.id)))";

    String HELD_M = "not exists (select x.id from StageChange x where x.careCase = m.careCase "
            + "and x.fromStage is not null and x.changedOn = m.changedOn "
            + "and (x.changedAt > m.changedAt or (x.changedAt = m.changedAt and x.id > m.id)))";

    String HELD_N = "not exists (select x.id from StageChange x where x.careCase = n.careCase "
            + "and x.fromStage is not null and x.changedOn = n.changedOn "
            + "and (x.changedAt > n.changedAt or (x.changedAt = n.changedAt and x.id > n.id)))";

    // One query for the caseload: cases plus their clients, ordered for a stable list.
    @EntityGraph(attributePaths = {"clients", "therapist"})
    @Query("select c from CareCase c where c.therapist.id = :therapistId order by c.id")
    List<CareCase> findCaseload(long therapistId);

    /**
     * The home screen's caseload as plain rows, one per client in case order (no entities, so nothing
     * loads lazily afterwards): id, kind, lens, programme start, stage, created, closed on, client id,
     * name, username; then, from the stage history, the day of the latest move, the furthest stage held
     * and whether the case ever went back below a held stage (see {@link StageStay}, which these
     * subqueries mirror), as subqueries so the home keeps its statement budget.
     */
    String CASELOAD_ROWS = "select c.id, c.kind, c.lens, c.programmeStart, c.currentStage, c.createdAt, c.closedOn, "
            + "cl.id, cl.displayName, cl.username, "
            + "(select max(s.changedOn) from StageChange s where s.careCase = c and s.fromStage is not null), "
            + "(select max(s.toStage) from StageChange s where s.careCase = c and s.fromStage is not null and "
            + HELD_S + "), "
            + "case when exists (select m.id from StageChange m, StageChange n where m.careCase = c and n.careCase = c "
            + "and m.fromStage is not null and n.fromStage is not null and n.toStage < m.toStage and "
            + LATER_N_THAN_M + " and " + HELD_M + " and " + HELD_N + ") then true else false end "
            + "from CareCase c join c.clients cl ";

    @Query(CASELOAD_ROWS + "where c.therapist.id = :therapistId order by c.id, index(cl)")
    List<Object[]> caseloadRows(long therapistId);

    /** The same rows for one of the therapist's cases (none when it is not theirs): the case page's figures. */
    @Query(CASELOAD_ROWS + "where c.therapist.id = :therapistId and c.id = :caseId order by index(cl)")
    List<Object[]> caseloadRowsOfCase(long therapistId, long caseId);

    @EntityGraph(attributePaths = {"clients", "therapist"})
    @Query("select c from CareCase c order by c.id")
    List<CareCase> findAllWithPeople();

    @EntityGraph(attributePaths = {"clients", "therapist"})
    @Query("select c from CareCase c where c.id = :id")
    Optional<CareCase> findWithPeople(long id);

    @Query("select c.closedOn from CareCase c where c.id = :caseId")
    Optional<java.time.LocalDate> findClosedOn(long caseId);

    @Query("select c.lens from CareCase c where c.id = :caseId and c.lens is not null")
    Optional<Lens> findLens(long caseId);

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
