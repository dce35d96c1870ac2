package app.tether.sessions;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the therapist enters for a session: when, who attended, an in-session 1-10 rating per
 * attending partner (absent: not rated), the therapist's own notes, and the appointment it was
 * recorded from (null: none).
 */
public record SessionInput(LocalDateTime heldAt, List<Long> attendeeIds, Map<Long, Integer> ratings, String notes,
                           Long appointmentId) {

    public SessionInput {
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }

    public SessionInput(LocalDateTime heldAt, List<Long> attendeeIds, Map<Long, Integer> ratings, String notes) {
        this(heldAt, attendeeIds, ratings, notes, null);
    }
}
