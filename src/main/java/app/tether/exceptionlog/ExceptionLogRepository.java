package app.tether.exceptionlog;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ExceptionLogRepository extends JpaRepository<ExceptionLogEntry, Long>,
        JpaSpecificationExecutor<ExceptionLogEntry> {

    @Query("select e from ExceptionLogEntry e where e.caseId = :caseId and e.draft = false "
            + "and e.withdrawnAt is null and (e.clientId = :clientId or e.shared = true) order by e.happenedAt desc, e.id desc")
    List<ExceptionLogEntry> findVisibleToClient(long caseId, long clientId);

    /** The newest of those {@link #findVisibleToClient} finds, as many as the page asks for. */
    @Query("select e from ExceptionLogEntry e where e.caseId = :caseId and e.draft = false "
            + "and e.withdrawnAt is null and (e.clientId = :clientId or e.shared = true) order by e.happenedAt desc, e.id desc")
    List<ExceptionLogEntry> findNewestVisibleToClient(long caseId, long clientId,
                                                      org.springframework.data.domain.Pageable page);

    /**
     * Of those {@link #findVisibleToClient} finds, the ones the therapist marked significant and those
     * with these ids (pass a list with one id that matches nothing, such as 0, for none).
     */
    @Query("select e from ExceptionLogEntry e where e.caseId = :caseId and e.draft = false "
            + "and e.withdrawnAt is null and (e.clientId = :clientId or e.shared = true) "
            + "and (e.significantByTherapist = true or e.id in :ids) order by e.happenedAt desc, e.id desc")
    List<ExceptionLogEntry> findMarkedOrChosenVisibleToClient(long caseId, long clientId, Collection<Long> ids);

    @Query("select e from ExceptionLogEntry e where e.caseId = :caseId and e.clientId = :clientId and e.draft = true")
    Optional<ExceptionLogEntry> findDraft(long caseId, long clientId);

    /** The moment an earlier try of the same save wrote (V026: unique per author). */
    Optional<ExceptionLogEntry> findByClientIdAndRequestKey(long clientId, String requestKey);

    /** Tags of many entries in one query: entry id, tag. */
    @Query("select e.id, t from ExceptionLogEntry e join e.tags t where e.id in :ids")
    List<Object[]> tagsOf(Collection<Long> ids);

    // Patterns: viewer 0 counts every entry of the case (the therapist); a client's account id counts
    // only what that client may see, their own entries and those shared with them.

    @Query(value = "SELECT t.tag, COUNT(*) FROM exception_tag t JOIN exception_entry e ON e.id = t.entry_id "
            + "WHERE e.case_id = :caseId AND e.draft = FALSE AND e.withdrawn_at IS NULL AND e.happened_at >= :since "
            + "AND (:viewer = 0 OR e.client_id = :viewer OR e.shared = TRUE) "
            + "GROUP BY t.tag ORDER BY COUNT(*) DESC, t.tag LIMIT 12", nativeQuery = true)
    List<Object[]> topTags(long caseId, LocalDateTime since, long viewer);

    /** WEEKDAY: 0 = Monday. */
    @Query(value = "SELECT WEEKDAY(e.happened_at), HOUR(e.happened_at), COUNT(*) FROM exception_entry e "
            + "WHERE e.case_id = :caseId AND e.draft = FALSE AND e.withdrawn_at IS NULL AND e.happened_at >= :since "
            + "AND (:viewer = 0 OR e.client_id = :viewer OR e.shared = TRUE) "
            + "GROUP BY WEEKDAY(e.happened_at), HOUR(e.happened_at)", nativeQuery = true)
    List<Object[]> weekdayHour(long caseId, LocalDateTime since, long viewer);

    @Query(value = "SELECT a.tag, b.tag, COUNT(*) FROM exception_tag a JOIN exception_tag b "
            + "ON a.entry_id = b.entry_id AND a.tag < b.tag JOIN exception_entry e ON e.id = a.entry_id "
            + "WHERE e.case_id = :caseId AND e.draft = FALSE AND e.withdrawn_at IS NULL AND e.happened_at >= :since "
            + "AND (:viewer = 0 OR e.client_id = :viewer OR e.shared = TRUE) "
            + "GROUP BY a.tag, b.tag ORDER BY COUNT(*) DESC, a.tag, b.tag LIMIT 8", nativeQuery = true)
    List<Object[]> tagPairs(long caseId, LocalDateTime since, long viewer);

    @Query(value = "SELECT DATE_SUB(DATE(e.happened_at), INTERVAL WEEKDAY(e.happened_at) DAY) AS monday, COUNT(*) "
            + "FROM exception_entry e WHERE e.case_id = :caseId AND e.draft = FALSE AND e.withdrawn_at IS NULL AND e.happened_at >= :since "
            + "AND (:viewer = 0 OR e.client_id = :viewer OR e.shared = TRUE) "
            + "GROUP BY monday ORDER BY monday", nativeQuery = true)
    List<Object[]> perWeek(long caseId, LocalDateTime since, long viewer);

    /**
     * Entries for a session summary: those that happened in (after, upTo], and those logged in that
     * window about an earlier moment (written up late); significant first, then in the order they happened.
     */
    @Query("select e from ExceptionLogEntry e where e.caseId = :caseId and e.draft = false "
            + "and e.happenedAt <= :upTo and (e.happenedAt > :after "
            + "or (e.createdAt > :loggedAfter and e.createdAt <= :loggedUpTo)) "
            + "order by e.significant desc, e.happenedAt, e.id")
    List<ExceptionLogEntry> findBetween(long caseId, LocalDateTime after, LocalDateTime upTo,
                                        java.time.Instant loggedAfter, java.time.Instant loggedUpTo);
}
