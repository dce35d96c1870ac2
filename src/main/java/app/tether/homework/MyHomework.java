package app.tether.homework;

import java.util.List;

/** The client's homework in the three groups the portal shows. */
public record MyHomework(List<AssignmentSummary> overdue, List<AssignmentSummary> dueSoon,
                         List<AssignmentSummary> done) {

    public boolean isEmpty() {
        return overdue.isEmpty() && dueSoon.isEmpty() && done.isEmpty();
    }
}
