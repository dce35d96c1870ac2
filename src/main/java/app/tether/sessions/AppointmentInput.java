package app.tether.sessions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the therapist plans: the first day and start (wall-clock, practice time zone), length in
 * minutes, the partners expected, in person or online with a place or link, and how it repeats:
 * until a day or for a number of occurrences.
 */
public record AppointmentInput(LocalDate day, LocalTime start, Integer minutes, List<Long> partnerIds,
                               AppointmentMode mode, String place, Repeat repeat, LocalDate until, Integer count) {

    public AppointmentInput {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
        repeat = repeat == null ? Repeat.NONE : repeat;
    }
}
