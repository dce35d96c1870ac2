package app.tether.homework;

import java.time.Instant;

/**
 * Sent homework waiting for the therapist's review, for the list across cases. When
 * {@code builtin}, {@code title} is a message key; {@code submittedAt} is the latest sending.
 */
public record WaitingReview(long assignmentId, long caseId, String caseTitle, long clientId, String clientName,
                            boolean builtin, String title, int stage, Instant submittedAt) {
}
