package app.tether.home;

import java.time.LocalDateTime;

/**
 * One of the therapist's sessions today: a planned appointment (with its session record once
 * recorded) or a session recorded without an appointment. Either id may be null; a session without
 * an appointment has no planned length, so its {@code end} is null. Times are wall-clock times in
 * the practice's zone.
 */
public record TodayItem(long caseId, String caseTitle, LocalDateTime start, LocalDateTime end, Long appointmentId,
                        Long sessionId, boolean cancelled) {
}
