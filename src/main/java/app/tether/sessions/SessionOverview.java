package app.tether.sessions;

import app.tether.caseload.TreatedCases;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions and appointments across a caseload in one statement, for the therapist's home screen:
 * each case's last session and next planned appointment, and the day's appointments and sessions.
 * Days and times are wall-clock times in the practice's zone (decision record 016); the caller
 * passes "now" in it. Takes {@link TreatedCases}, so access is already settled by the caseload.
 */
@Component
@Transactional(readOnly = true)
public class SessionOverview {

    /**
     * One of the day's items: an appointment ({@code appointmentId}, with {@code sessionId} once
     * recorded) or a session recorded without one of the day's appointments ({@code appointmentId}
     * null, {@code minutes} 0).
     */
    public record DayItem(long caseId, LocalDateTime start, int minutes, Long appointmentId, Long sessionId,
                          AppointmentStatus status) {
    }

    public record Sessions(Map<Long, LocalDateTime> lastSession, Map<Long, LocalDateTime> nextAppointment,
                           List<DayItem> today) {
    }

    // L: last session per case; N: next planned appointment after now; A: the day's appointments,
    // cancelled ones too; S: sessions held that day that no appointment of the day points to.
    private static final String SQL = """
            SELECT 'L' AS k, s.case_id AS c, NULL AS i, MAX(s.held_at) AS t, NULL AS m, NULL AS st, NULL AS x
              FROM therapy_session s
             WHERE s.case_id IN (:ids)
             GROUP BY s.case_id
            UNION ALL
            SELECT 'N', a.case_id, NULL, MIN(TIMESTAMP(a.day, a.starts_at)), NULL, NULL, NULL
              FROM appointment a
             WHERE a.case_id IN (:ids) AND a.status = 'PLANNED'
               AND (a.day > :day OR (a.day = :day AND a.starts_at > :time))
             GROUP BY a.case_id
            UNION ALL
            SELECT 'A', a.case_id, a.id, TIMESTAMP(a.day, a.starts_at), a.minutes, a.status, a.session_id
              FROM appointment a
             WHERE a.case_id IN (:ids) AND a.day = :day
            UNION ALL
            SELECT 'S', s.case_id, s.id, s.held_at, 0, NULL, s.id
              FROM therapy_session s
             WHERE s.case_id IN (:ids) AND s.held_at >= :dayStart AND s.held_at < :nextDayStart
               AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.session_id = s.id AND a.day = :day)
            """;

    private final EntityManager em;

    SessionOverview(EntityManager em) {
        this.em = em;
    }

    public Sessions forCases(TreatedCases cases, LocalDateTime now) {
        if (cases.isEmpty()) {
            return new Sessions(Map.of(), Map.of(), List.of());
        }
        LocalDate day = now.toLocalDate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).unwrap(NativeQuery.class)
                .addScalar("k", StandardBasicTypes.STRING)
                .addScalar("c", StandardBasicTypes.LONG)
                .addScalar("i", StandardBasicTypes.LONG)
                .addScalar("t", StandardBasicTypes.LOCAL_DATE_TIME)
                .addScalar("m", StandardBasicTypes.INTEGER)
                .addScalar("st", StandardBasicTypes.STRING)
                .addScalar("x", StandardBasicTypes.LONG)
                .setParameter("ids", cases.ids())
                .setParameter("day", day)
                .setParameter("time", now.toLocalTime())
                .setParameter("dayStart", day.atStartOfDay())
                .setParameter("nextDayStart", day.plusDays(1).atStartOfDay())
                .getResultList();
        Map<Long, LocalDateTime> last = new HashMap<>();
        Map<Long, LocalDateTime> next = new HashMap<>();
        List<DayItem> today = new ArrayList<>();
        for (Object[] r : rows) {
            long caseId = (Long) r[1];
            LocalDateTime at = (LocalDateTime) r[3];
            switch ((String) r[0]) {
                case "L" -> last.put(caseId, at);
                case "N" -> next.put(caseId, at);
                case "A" -> today.add(new DayItem(caseId, at, (Integer) r[4], (Long) r[2], (Long) r[6],
                        AppointmentStatus.valueOf((String) r[5])));
                default -> today.add(new DayItem(caseId, at, 0, null, (Long) r[6], null));
            }
        }
        today.sort(java.util.Comparator.comparing(DayItem::start).thenComparing(DayItem::caseId));
        return new Sessions(last, next, today);
    }
}
