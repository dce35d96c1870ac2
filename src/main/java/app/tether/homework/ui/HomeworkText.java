package app.tether.homework.ui;

import app.tether.base.ui.Dates;
import app.tether.homework.AssignmentSummary;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.ZoneId;

/** Shared wording for homework lists (client and therapist). */
final class HomeworkText {

    private HomeworkText() {
    }

    static String date(Component c, LocalDate d) {
        return Dates.date(d);
    }

    static String date(Component c, java.time.Instant at) {
        return date(c, at.atZone(ZoneId.systemDefault()).toLocalDate());
    }

    /** For a weekly piece, which week it answered (decision record 034). */
    private static String weekly(Component c, AssignmentSummary a) {
        return a.weekOf() == null ? "" : " · " + c.getTranslation("loop.weekOf", date(c, a.weekOf()));
    }

    /** "Due 24 Nov", "Every day", "Sent 20 Nov", ... */
    static String when(Component c, AssignmentSummary a) {
        return switch (a.status()) {
            case SUBMITTED -> c.getTranslation("homework.sent", date(c, a.submittedAt())) + weekly(c, a);
            case REVIEWED -> c.getTranslation("homework.reviewed", date(c, a.reviewedAt())) + weekly(c, a);
            case CANCELLED -> c.getTranslation("status.CANCELLED");
            case OPEN -> a.weekOf() != null && !a.overdue()
                    ? c.getTranslation("loop.weekDue", date(c, a.weekOf()), date(c, a.dueOn()))
                    : a.recurrence() == app.tether.programme.Recurrence.DAILY ? c.getTranslation("homework.daily")
                    : a.dueOn() == null ? "" : a.overdue() ? c.getTranslation("homework.overdueSince", date(c, a.dueOn()))
                    : a.dueOn().equals(LocalDate.now()) ? c.getTranslation("homework.dueToday")
                    : c.getTranslation("homework.due", date(c, a.dueOn()));
        };
    }
}
