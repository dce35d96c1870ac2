package app.tether.homework;

import app.tether.caseload.TreatedCases;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The homework still in play across a caseload, in one statement, for the therapist's home screen:
 * every piece open or sent and not yet reviewed (recurring exercises such as the daily log have no
 * single due date and are left out, as on the caseload cards). Takes {@link TreatedCases}, so access
 * is already settled by the caseload.
 */
@Component
@Transactional(readOnly = true)
public class HomeworkOverview {

    /**
     * One piece: {@code submitted} means sent and waiting for review ({@code submittedAt} the latest
     * sending); otherwise it is open, due {@code dueOn} (null: no due date). When {@code builtin},
     * {@code title} is a message key.
     */
    public record LivePiece(long assignmentId, long caseId, long clientId, boolean submitted, LocalDate dueOn,
                            Instant submittedAt, boolean builtin, String title) {

        public boolean overdueOn(LocalDate today) {
            return !submitted && dueOn != null && dueOn.isBefore(today);
        }
    }

    private final EntityManager em;

    HomeworkOverview(EntityManager em) {
        this.em = em;
    }

    public List<LivePiece> forCases(TreatedCases cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        // The (case_id, status) index finds the few live pieces among years of reviewed ones.
        List<Object[]> rows = em.createQuery("select a.id, a.caseId, a.client.id, a.status, a.dueOn, a.submittedAt, "
                        + "a.builtin, a.title from Assignment a where a.caseId in :ids and a.recurrence is null "
                        + "and a.status in (app.tether.homework.AssignmentStatus.OPEN, "
                        + "app.tether.homework.AssignmentStatus.SUBMITTED) order by a.caseId, a.id", Object[].class)
                .setParameter("ids", cases.ids())
                .getResultList();
        return rows.stream().map(r -> new LivePiece((Long) r[0], (Long) r[1], (Long) r[2],
                r[3] == AssignmentStatus.SUBMITTED, (LocalDate) r[4], (Instant) r[5], (Boolean) r[6], (String) r[7]))
                .toList();
    }
}
