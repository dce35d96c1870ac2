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

    /**
     * caseId, day and start of each case's next planned appointment after {@code day} {@code time}:
     * one row per case, for the caseload cards.
     */
    @Query("select a.caseId, a.day, min(a.startsAt) from Appointment a where a.caseId in :caseIds "
            + "and a.status = app.tether.sessions.AppointmentStatus.PLANNED "
            + "and (a.day > :day or (a.day = :day and a.startsAt > :time)) "
            + "and a.day = (select min(b.day) from Appointment b where b.caseId = a.caseId "
            + "and b.status = app.tether.sessions.AppointmentStatus.PLANNED "
            + "and (b.day > :day or (b.day = :day and b.startsAt > :time))) "
            + "group by a.caseId, a.day")
    List<Object[]> findNextPlanned(Collection<Long> caseIds, LocalDate day, java.time.LocalTime time);

    @Query("select a from Appointment a where a.sessionId = :sessionId")
    Optional<Appointment> findBySession(long sessionId);
}
