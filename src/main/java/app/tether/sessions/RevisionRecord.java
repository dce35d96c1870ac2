package app.tether.sessions;

import app.tether.scales.ScaleFollowUp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An earlier version of a session record, as the session page lists it (the therapist's only),
 * with the in-session rating each partner had in that version and what they said to its follow-ups.
 */
public record RevisionRecord(int revision, LocalDateTime heldAt, List<String> attendees, List<Rating> ratings,
                             String notes, Instant savedAt, String replacedBy, Instant replacedAt) {

    public RevisionRecord {
        attendees = List.copyOf(attendees);
        ratings = List.copyOf(ratings);
    }

    public record Rating(String clientName, int value, ScaleFollowUp followUp) {

        public Rating {
            followUp = ScaleFollowUp.orNone(followUp);
        }
    }
}
