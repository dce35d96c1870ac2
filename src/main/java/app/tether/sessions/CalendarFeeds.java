package app.tether.sessions;

import app.tether.base.PracticeTime;
import app.tether.caseload.TreatingTherapistCases;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves a calendar feed by its token, without a signed-in session: the token stands for the
 * therapist. Eight weeks back and a year ahead; initials unless the therapist chose full names.
 */
@Component
@Transactional(readOnly = true)
public class CalendarFeeds {

    private final CalendarFeedRepository feeds;
    private final TreatingTherapistCases cases;
    private final AppointmentService appointments;
    private final PracticeTime time;

    CalendarFeeds(CalendarFeedRepository feeds, TreatingTherapistCases cases, AppointmentService appointments,
                  PracticeTime time) {
        this.feeds = feeds;
        this.cases = cases;
        this.appointments = appointments;
        this.time = time;
    }

    public Optional<byte[]> feed(String token) {
        if (token == null || token.length() < 40) {
            return Optional.empty();
        }
        return feeds.findByToken(token).map(f -> {
            Map<Long, List<String>> mine = cases.clientNames(f.getTherapistId());
            LocalDate today = time.today();
            List<IcsWriter.Event> events = appointments.within(mine, today.minusWeeks(8), today.plusYears(1)).stream()
                    .map(a -> new IcsWriter.Event(a, f.isFullNames() ? a.caseTitle()
                            : IcsWriter.initials(mine.get(a.caseId()))))
                    .toList();
            return IcsWriter.write(events, time.zone(), appointments.feedName());
        });
    }
}
