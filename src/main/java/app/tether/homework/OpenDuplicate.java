package app.tether.homework;

/**
 * Homework a client already has open (not yet reviewed or cancelled) that an assignment would
 * repeat. When {@code builtin}, {@code title} is a message key.
 */
public record OpenDuplicate(long assignmentId, long exerciseId, long clientId, String clientName, boolean builtin,
                            String title, AssignmentStatus status) {
}
