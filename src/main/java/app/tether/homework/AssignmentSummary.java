package app.tether.homework;

import app.tether.programme.Recurrence;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One piece of homework in a list. When {@code builtin}, {@code title} is a message key.
 * {@code partnerName} is set on a partner exercise: the other partner answers it too.
 * {@code jointKey} is set on a joint exercise (decision 033): both copies of the pair carry it, and
 * the partners write one shared answer.
 */
public record AssignmentSummary(long id, long caseId, long clientId, String clientName, String exerciseCode,
                                boolean builtin, int stage, String title, Recurrence recurrence, String partnerName,
                                LocalDate dueOn, AssignmentStatus status, boolean overdue, Instant submittedAt,
                                Instant reviewedAt, long version, String jointKey) {

    public AssignmentSummary(long id, long caseId, long clientId, String clientName, String exerciseCode,
                             boolean builtin, int stage, String title, Recurrence recurrence, String partnerName,
                             LocalDate dueOn, AssignmentStatus status, boolean overdue, Instant submittedAt,
                             Instant reviewedAt, long version) {
        this(id, caseId, clientId, clientName, exerciseCode, builtin, stage, title, recurrence, partnerName, dueOn,
                status, overdue, submittedAt, reviewedAt, version, null);
    }

    public boolean joint() {
        return jointKey != null;
    }

    public boolean open() {
        return status == AssignmentStatus.OPEN;
    }

    /** The Monday of a weekly piece's week (it is due on that week's Sunday); null for other homework. */
    public LocalDate weekOf() {
        return recurrence == Recurrence.WEEKLY && dueOn != null ? dueOn.minusDays(6) : null;
    }

    public boolean awaitingReview() {
        return status == AssignmentStatus.SUBMITTED;
    }
}
