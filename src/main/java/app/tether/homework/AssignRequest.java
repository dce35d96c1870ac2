package app.tether.homework;

import java.time.LocalDate;
import java.util.List;

/**
 * The therapist's request: these exercises for these clients of the case. A null due date takes
 * the default from each exercise's stage; recurring exercises have none. {@code duplicates} says
 * what to do where a client already has the exercise open: unless the therapist confirmed
 * ({@link Duplicates#ASSIGN_AGAIN}) or chose to leave those out ({@link Duplicates#SKIP}),
 * nothing is assigned and {@link DuplicateAssignmentException} names them.
 * {@code notReadyConfirmed}: the therapist confirmed giving a talking-together exercise to a couple
 * marked not ready; without it nothing is assigned and {@link NotReadyToTalkException} says so
 * (decision 031).
 * {@code jointExerciseIds}: those of the exercises to give a couple's two partners as one joint exercise,
 * with one shared answer (decision 033); they go through the readiness check like talking-together ones.
 */
public record AssignRequest(long caseId, List<Long> exerciseIds, List<Long> clientIds, LocalDate dueOn,
                            String note, Duplicates duplicates, boolean notReadyConfirmed,
                            List<Long> jointExerciseIds) {

    /** What to do about an exercise the client already has open. */
    public enum Duplicates { ASK, ASSIGN_AGAIN, SKIP }

    public AssignRequest {
        duplicates = duplicates == null ? Duplicates.ASK : duplicates;
        jointExerciseIds = jointExerciseIds == null ? List.of()
                : jointExerciseIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    public AssignRequest(long caseId, List<Long> exerciseIds, List<Long> clientIds, LocalDate dueOn, String note,
                         Duplicates duplicates, boolean notReadyConfirmed) {
        this(caseId, exerciseIds, clientIds, dueOn, note, duplicates, notReadyConfirmed, List.of());
    }

    /** The same request with these of its exercises given as joint exercises. */
    public AssignRequest joint(java.util.Collection<Long> ids) {
        return new AssignRequest(caseId, exerciseIds, clientIds, dueOn, note, duplicates, notReadyConfirmed,
                List.copyOf(ids));
    }

    /** A request that asks before assigning anything twice. */
    public AssignRequest(long caseId, List<Long> exerciseIds, List<Long> clientIds, LocalDate dueOn, String note) {
        this(caseId, exerciseIds, clientIds, dueOn, note, Duplicates.ASK, false);
    }

    public AssignRequest(long caseId, List<Long> exerciseIds, List<Long> clientIds, LocalDate dueOn, String note,
                         Duplicates duplicates) {
        this(caseId, exerciseIds, clientIds, dueOn, note, duplicates, false);
    }

    public AssignRequest with(Duplicates choice) {
        return new AssignRequest(caseId, exerciseIds, clientIds, dueOn, note, choice, notReadyConfirmed,
                jointExerciseIds);
    }

    /** The same request without these exercises (the therapist left the talking ones out). */
    public AssignRequest withoutExercises(java.util.Collection<Long> left) {
        return new AssignRequest(caseId, exerciseIds.stream().filter(id -> !left.contains(id)).toList(), clientIds,
                dueOn, note, duplicates, notReadyConfirmed, jointExerciseIds);
    }

    /** The same request, with the therapist's go-ahead for a couple marked not ready. */
    public AssignRequest confirmingNotReady() {
        return new AssignRequest(caseId, exerciseIds, clientIds, dueOn, note, duplicates, true, jointExerciseIds);
    }
}
