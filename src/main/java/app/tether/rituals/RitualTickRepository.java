package app.tether.rituals;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RitualTickRepository extends JpaRepository<RitualTick, Long> {

    List<RitualTick> findByRitualIdInAndDoneOnBetween(Collection<Long> ritualIds, LocalDate from, LocalDate to);

    Optional<RitualTick> findByRitualIdAndClientIdAndPeriodStart(long ritualId, long clientId, LocalDate periodStart);
}
