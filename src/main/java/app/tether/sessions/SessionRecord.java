package app.tether.sessions;

import app.tether.caseload.ClientRef;
import app.tether.scales.ScaleFollowUp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One session as the session page shows it. {@code number} counts the case's sessions in date
 * order; {@code stage} is the stage the case was at then (null before enrolment);
 * {@code programmeDay} is null before enrolment. {@code notes} are the therapist's alone.
 * {@code homeworkIds} are the assignments set at this session. {@code followUps} holds what a
 * rated partner said to the scaling follow-ups (only partners who said something).
 */
public record SessionRecord(long id, long caseId, int number, LocalDateTime heldAt, Integer stage, Long programmeDay,
                            List<ClientRef> attendees, Map<Long, Integer> ratings,
                            Map<Long, ScaleFollowUp> followUps, String notes,
                            List<Long> homeworkIds, Instant updatedAt, long version) {

    public SessionRecord {
        attendees = List.copyOf(attendees);
        ratings = Map.copyOf(ratings);
        followUps = Map.copyOf(followUps);
        homeworkIds = List.copyOf(homeworkIds);
    }
}
