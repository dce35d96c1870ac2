package app.tether.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One piece of homework as a printed summary lists it, with a few key answers from the latest
 * submission. When {@code builtin}, {@code title} and each answer's {@code label} are message keys.
 * {@code jointKey} is shared by the two partners' lines of one joint exercise (decision 033), else null.
 */
public record HomeworkLine(long id, long clientId, String clientName, boolean builtin, String title, int stage,
                           AssignmentStatus status, boolean overdue, LocalDate dueOn, Instant assignedAt,
                           Instant submittedAt, List<KeyAnswer> keyAnswers, String jointKey) {

    public HomeworkLine {
        keyAnswers = List.copyOf(keyAnswers);
    }

    /** A prompt and what the client answered, already shortened. */
    public record KeyAnswer(String label, String value) {
    }
}
