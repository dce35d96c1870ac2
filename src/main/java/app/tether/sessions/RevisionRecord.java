package app.tether.sessions;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** An earlier version of a session record, as the session page lists it (the therapist's only). */
public record RevisionRecord(int revision, LocalDateTime heldAt, List<String> attendees, String notes, Instant savedAt,
                             String replacedBy, Instant replacedAt) {
}
