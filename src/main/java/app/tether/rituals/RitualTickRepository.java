package app.tether.rituals;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RitualTickRepository extends JpaRepository<RitualTick, Long> {

    List<RitualTick> findByRitualIdInAndDoneOnBetween(Collection<Long> ritualIds, LocalDate from, LocalDate to);

    Optional<RitualTick> findByRitualIdAndClientIdAndPeriodStart(long ritualId, long clientId, LocalDate periodStart);

    /**
     * Adds the tick unless the client already has one for the period: a second tap from another device
     * that raced the first finds the unique key taken and changes nothing, instead of failing.
     */
    @Modifying
    @Query(nativeQuery = true, value = "INSERT INTO ritual_tick (ritual_id, client_id, period_start, done_on, created_at)"
            + " VALUES (:ritualId, :clientId, :periodStart, :doneOn, :createdAt) ON DUPLICATE KEY UPDATE id = id")
    int insertOnce(@Param("ritualId") long ritualId, @Param("clientId") long clientId,
                   @Param("periodStart") LocalDate periodStart, @Param("doneOn") LocalDate doneOn,
                   @Param("createdAt") java.time.Instant createdAt);
}
