package app.tether.home;

import java.time.LocalDateTime;

/**
 * One of the therapist's sessions today: a planned appointment (with its session record once
 * recorded) or a session recorded without an appointment. Either id may be null.
 */
public record TodayItem(long caseId, String caseTitle, LocalDateTime start, LocalDateTime end, Long appointmentId,
                        Long sessionId, boolean cancelled) {
}
