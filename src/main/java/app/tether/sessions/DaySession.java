package app.tether.sessions;

import java.time.LocalDateTime;

/** A session in the therapist's day list ("Today's sessions"). */
public record DaySession(long sessionId, long caseId, String caseTitle, int number, LocalDateTime heldAt) {
}
