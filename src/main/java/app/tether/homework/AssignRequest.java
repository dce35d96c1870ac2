package app.tether.homework;

import java.time.LocalDate;
import java.util.List;

/**
 * The therapist's request: these exercises for these clients of the case. A null due date takes
 * the default from each exercise's stage; recurring exercises have none. {@code duplicates} says
 * what to do where a client already has the exercise open: unless the therapist confirmed
 * ({@link Duplicates#ASSIGN_AGAIN}) or chose to leave those out ({@link Duplicates#SKIP}),
 * nothing is assigned and {@link DuplicateAssignmentException} names them.
 */
public record AssignRequest(long caseId, List<Long> exerciseIds, List<Long> clientIds, LocalDate dueOn,
                            String note, Duplicates duplicates) {

    /** What to do about an exercise the client already has open. */
    public enum Duplicates { ASK, ASSIGN_AGAIN, SKIP }

    public AssignRequest {
        duplicates = duplicates == null ? Duplicates.ASK : duplicates;
    }

    /** A request that asks before assigning anything twice. */
    public AssignRequest(long caseId, List<Long> exerciseIds, List<Long> clientIds, LocalDate dueOn, String note) {
        this(caseId, exerciseIds, clientIds, dueOn, note, Duplicates.ASK);
    }

    public AssignRequest with(Duplicates choice) {
        return new AssignRequest(caseId, exerciseIds, clientIds, dueOn, note, choice);
    }
}
