package app.tether.sessions;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the therapist enters for a session: when, who attended, an in-session 1-10 rating per
 * attending partner (absent: not rated) and the therapist's own notes.
 */
public record SessionInput(LocalDateTime heldAt, List<Long> attendeeIds, Map<Long, Integer> ratings, String notes) {

    public SessionInput {
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }
}
