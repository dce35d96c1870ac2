package app.tether.homework;

import app.tether.programme.ExerciseDefinition;
import app.tether.security.AccountDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * System-side homework with back-dated history, for the demo practice only. Not for views:
 * ModularityTests keeps it to the demo module.
 */
@Component
@Transactional
public class HomeworkProvisioning {

    private final AssignmentRepository assignments;
    private final AnswerSetRepository answerSets;
    private final AccountDirectory directory;

    HomeworkProvisioning(AssignmentRepository assignments, AnswerSetRepository answerSets, AccountDirectory directory) {
        this.assignments = assignments;
        this.answerSets = answerSets;
        this.directory = directory;
    }

    public static String newPairKey() {
        return UUID.randomUUID().toString();
    }

    public long assign(long caseId, long clientId, long therapistId, ExerciseDefinition exercise, String pairKey,
                       String note, LocalDate dueOn, Instant at) {
        var a = new Assignment(caseId, directory.find(clientId).orElseThrow(), exercise, pairKey, note,
                exercise.recurring() ? null : dueOn, at, directory.find(therapistId).orElseThrow());
        if (exercise.recurrence() == app.tether.programme.Recurrence.WEEKLY) {
            a.startWeekly(WeeklySeries.firstWeek(LocalDate.ofInstant(at, java.time.ZoneId.systemDefault())));
        }
        return assignments.save(a).getId();
    }

    /** The week after this piece of a weekly exercise, opened at {@code at} (decision record 034). */
    public long nextWeek(long assignmentId, Instant at) {
        Assignment a = assignments.findById(assignmentId).orElseThrow();
        return assignments.save(a.nextWeek(a.getWeekOf().plusDays(7), at)).getId();
    }

    /** The Monday of a weekly piece's week. */
    public LocalDate weekOf(long assignmentId) {
        return assignments.findById(assignmentId).orElseThrow().getWeekOf();
    }

    public void submit(long assignmentId, Answers answers, Instant at) {
        Assignment a = assignments.findById(assignmentId).orElseThrow();
        int number = answerSets.findSubmissions(assignmentId).size() + 1;
        answerSets.save(new AnswerSet(a, AnswerSet.Kind.SUBMISSION, number, answers, at));
        answerSets.findDraft(assignmentId).ifPresentOrElse(d -> d.replace(answers, at),
                () -> answerSets.save(new AnswerSet(a, AnswerSet.Kind.DRAFT, 0, answers, at)));
        a.submitted(at);
    }

    public void saveDraft(long assignmentId, Answers answers, Instant at) {
        Assignment a = assignments.findById(assignmentId).orElseThrow();
        answerSets.save(new AnswerSet(a, AnswerSet.Kind.DRAFT, 0, answers, at));
    }

    public void review(long assignmentId, String comment, Instant at) {
        Assignment a = assignments.findById(assignmentId).orElseThrow();
        a.reviewed(at, comment, a.getAssignedBy());
    }

    /** Ids of a case's homework assigned on a day (the demo links them to that day's session). */
    public java.util.List<Long> assignedOn(long caseId, LocalDate day, java.time.ZoneId zone) {
        return assignments.findByCase(caseId).stream()
                .filter(a -> LocalDate.ofInstant(a.getAssignedAt(), zone).equals(day))
                .map(Assignment::getId).toList();
    }
}
