package app.tether.homework;

import java.util.List;

/**
 * A case's homework for the therapist. {@code suggestedStage} is the next stage whose set to
 * offer when the current stage's set is done, or null.
 */
public record CaseHomework(List<AssignmentSummary> assignments, Integer suggestedStage) {
}
