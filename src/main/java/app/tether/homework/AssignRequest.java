package app.tether.homework;

import java.time.LocalDate;
import java.util.List;

/**
 * The therapist's request: these exercises for these clients of the case. A null due date takes
 * the default from each exercise's stage; recurring exercises have none.
 */
public record AssignRequest(long caseId, List<Long> exerciseIds, List<Long> clientIds, LocalDate dueOn,
                            String note) {
}
