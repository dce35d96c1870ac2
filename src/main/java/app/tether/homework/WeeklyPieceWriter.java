package app.tether.homework;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a series' piece for a new week. Two requests may open the same week at once (a client's list
 * and the therapist's Homework tab): the insert runs in its own transaction, so the one that loses the
 * race on uk_assignment_series_week rolls back only that insert and reads the winner's row, and the
 * reader's request goes on.
 */
@Component
class WeeklyPieceWriter {

    private final AssignmentRepository assignments;
    private final TransactionTemplate separately;

    WeeklyPieceWriter(AssignmentRepository assignments, PlatformTransactionManager transactions) {
        this.assignments = assignments;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The week of {@code monday} after {@code last}, created now or by whoever was first. */
    Assignment open(Assignment last, LocalDate monday, Instant at) {
        Assignment next = last.nextWeek(monday, at);
        DataIntegrityViolationException lost = null;
        try {
            separately.executeWithoutResult(status -> assignments.saveAndFlush(next));
        } catch (DataIntegrityViolationException e) {
            lost = e;
        }
        var stored = assignments.findWeekAsCommitted(last.getSeriesKey(), monday);
        if (stored.isEmpty() && lost != null) {
            throw lost;
        }
        return stored.orElseThrow();
    }
}
