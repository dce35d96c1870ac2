package app.tether.sessions;

import java.time.LocalDateTime;

/** Another of the therapist's appointments at the same time as one being planned or moved. */
public record Overlap(long appointmentId, String caseTitle, LocalDateTime start, LocalDateTime end) {
}
