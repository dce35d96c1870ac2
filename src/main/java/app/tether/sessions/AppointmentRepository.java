package app.tether.sessions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    @Query("select a from Appointment a where a.caseId = :caseId order by a.day, a.startsAt, a.id")
    List<Appointment> findByCase(long caseId);

    @Query("select a from Appointment a where a.caseId in :caseIds and a.day between :from and :to "
            + "order by a.day, a.startsAt, a.id")
    List<Appointment> findWithin(Collection<Long> caseIds, LocalDate from, LocalDate to);

    @Query("select a from Appointment a where a.sessionId = :sessionId")
    Optional<Appointment> findBySession(long sessionId);
}
