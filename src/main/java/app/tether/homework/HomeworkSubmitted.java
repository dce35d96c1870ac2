package app.tether.homework;

import java.time.Instant;

/** Published when a client sends answers; other modules (the scale) may take what concerns them. */
public record HomeworkSubmitted(long assignmentId, long caseId, long clientId, String exerciseCode, Answers answers,
                                Instant at) {
}
