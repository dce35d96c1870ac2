package app.tether.sessions;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** System-side session records with past dates, for the demo practice and the benchmark only. */
@Component
@Transactional
public class SessionProvisioning {

    private final SessionRepository sessions;
    private final Clock clock;

    SessionProvisioning(SessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    public long record(long caseId, long therapistId, LocalDateTime heldAt, Integer stage, Collection<Long> attendees,
                       String notes, Collection<Long> homeworkIds) {
        TherapySession s = new TherapySession(caseId, therapistId, clock.instant());
        s.write(heldAt, stage, new LinkedHashSet<>(attendees), notes, clock.instant());
        s.addHomework(homeworkIds);
        return sessions.save(s).getId();
    }
}
