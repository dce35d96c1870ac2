package app.tether.sessions;

import app.tether.scales.ScaleFollowUp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the therapist enters for a session: when, who attended, an in-session 1-10 rating per
 * attending partner (absent: not rated), the therapist's own notes, the appointment it was
 * recorded from (null: none), and per rated partner what they said to the scaling follow-ups
 * (absent or empty: nothing said).
 */
public record SessionInput(LocalDateTime heldAt, List<Long> attendeeIds, Map<Long, Integer> ratings, String notes,
                           Long appointmentId, Map<Long, ScaleFollowUp> followUps) {

    public SessionInput {
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
        // Empty answers are the same as none, so they never count as follow-ups without a rating.
        var answered = new HashMap<Long, ScaleFollowUp>();
        if (followUps != null) {
            followUps.forEach((id, f) -> {
                if (f != null && !f.isEmpty()) {
                    answered.put(id, f);
                }
            });
        }
        followUps = Map.copyOf(answered);
    }

    public SessionInput(LocalDateTime heldAt, List<Long> attendeeIds, Map<Long, Integer> ratings, String notes,
                        Long appointmentId) {
        this(heldAt, attendeeIds, ratings, notes, appointmentId, Map.of());
    }

    public SessionInput(LocalDateTime heldAt, List<Long> attendeeIds, Map<Long, Integer> ratings, String notes) {
        this(heldAt, attendeeIds, ratings, notes, null, Map.of());
    }

    /** The same input, recorded from an appointment. */
    public SessionInput fromAppointment(Long appointment) {
        return new SessionInput(heldAt, attendeeIds, ratings, notes, appointment, followUps);
    }
}
