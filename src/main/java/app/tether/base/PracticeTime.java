package app.tether.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The practice's one time zone (tether.practice.time-zone): appointments are wall-clock times in
 * it, and "today" and "now" for the calendar are read in it.
 */
@Component
public class PracticeTime {

    private final ZoneId zone;
    private final Clock clock;

    PracticeTime(@Value("${tether.practice.time-zone:Europe/London}") String zone, Clock clock) {
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), zone);
    }

    public LocalDate today() {
        return now().toLocalDate();
    }
}
