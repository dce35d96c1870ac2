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
    private final JointAnswerRepository joints;
    private final JointVersionRepository jointVersions;
    private final JointNoteRepository jointNotes;
    private final app.tether.base.PracticeTime practiceTime;

    HomeworkProvisioning(AssignmentRepository assignments, AnswerSetRepository answerSets, AccountDirectory directory,
                         JointAnswerRepository joints, JointVersionRepository jointVersions,
                         JointNoteRepository jointNotes, app.tether.base.PracticeTime practiceTime) {
        this.practiceTime = practiceTime;
        this.assignments = assignments;
        this.answerSets = answerSets;
        this.directory = directory;
        this.joints = joints;
        this.jointVersions = jointVersions;
        this.jointNotes = jointNotes;
    }

    /** A joint exercise for both partners (decision 033): one copy each, one shared answer; ids in the clients' order. */
    public java.util.List<Long> assignJoint(long caseId, java.util.List<Long> clientIds, long therapistId,
                                            ExerciseDefinition exercise, String note, LocalDate dueOn, Instant at) {
        if (exercise.recurring()) {
            throw new IllegalArgumentException("A joint exercise never recurs: " + exercise.code());
        }
        String pairKey = newPairKey();
        var therapist = directory.find(therapistId).orElseThrow();
        var ids = new java.util.ArrayList<Long>();
        JointAnswer joint = joints.save(new JointAnswer(caseId, pairKey));
        for (long clientId : clientIds) {
            var client = directory.find(clientId).orElseThrow();
            ids.add(assignments.save(new Assignment(caseId, client, exercise, pairKey, true, note, dueOn, at, therapist))
                    .getId());
            jointNotes.save(new JointNote(joint.getId(), client));
        }
        return ids;
    }

    /** A back-dated save of a shared answer by one partner. */
    public void saveJoint(long assignmentId, long authorId, Answers answers, Instant at) {
        Assignment a = assignments.findById(assignmentId).orElseThrow();
        JointAnswer joint = joints.findByPairKey(a.getPairKey()).orElseThrow();
        jointVersions.save(joint.save(directory.find(authorId).orElseThrow(), answers, at));
    }

    /** Sends a shared answer's latest save for both partners. */
    public void sendJoint(long assignmentId, Instant at) {
        Assignment a = assignments.findById(assignmentId).orElseThrow();
        JointAnswer joint = joints.findByPairKey(a.getPairKey()).orElseThrow();
        JointVersion latest = jointVersions.history(joint.getId()).getLast();
        var pair = new java.util.ArrayList<>(assignments.findPartners(a.getPairKey(), a.getId()));
        pair.add(a);
        int number = answerSets.findSubmissions(assignmentId).size() + 1;
        for (Assignment copy : pair) {
            answerSets.save(new AnswerSet(copy, AnswerSet.Kind.SUBMISSION, number, latest.answers(), at));
            copy.submitted(at);
        }
        latest.sentAs(number);
    }

    public static String newPairKey() {
        return UUID.randomUUID().toString();
    }

    public long assign(long caseId, long clientId, long therapistId, ExerciseDefinition exercise, String pairKey,
                       String note, LocalDate dueOn, Instant at) {
        var a = new Assignment(caseId, directory.find(clientId).orElseThrow(), exercise, pairKey, note,
                exercise.recurring() ? null : dueOn, at, directory.find(therapistId).orElseThrow());
        if (exercise.recurrence() == app.tether.programme.Recurrence.WEEKLY) {
            a.startWeekly(WeeklySeries.firstWeek(LocalDate.ofInstant(at, practiceTime.zone())));
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
        if (a.isJoint()) {
            assignments.findPartners(a.getPairKey(), a.getId()).forEach(p -> p.reviewed(at, null, null));
        }
    }

    /** Ids of a case's homework assigned on a day (the demo links them to that day's session). */
    public java.util.List<Long> assignedOn(long caseId, LocalDate day, java.time.ZoneId zone) {
        return assignments.findByCase(caseId).stream()
                .filter(a -> LocalDate.ofInstant(a.getAssignedAt(), zone).equals(day))
                .map(Assignment::getId).toList();
    }
}
