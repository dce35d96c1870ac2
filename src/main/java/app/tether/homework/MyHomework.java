package app.tether.homework;

import java.util.List;
import java.util.Set;

/**
 * The client's homework in the three groups the portal shows. {@code unsentDrafts}: the pieces
 * with typed answers that have not been sent (or changed since they were sent).
 */
public record MyHomework(List<AssignmentSummary> overdue, List<AssignmentSummary> dueSoon,
                         List<AssignmentSummary> done, Set<Long> unsentDrafts) {

    public MyHomework {
        unsentDrafts = Set.copyOf(unsentDrafts);
    }

    public boolean hasUnsentDraft(long assignmentId) {
        return unsentDrafts.contains(assignmentId);
    }

    public boolean isEmpty() {
        return overdue.isEmpty() && dueSoon.isEmpty() && done.isEmpty();
    }
}
