package app.tether.sessions;

import app.tether.exceptionlog.SessionCoverage;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the exception log how far the case's session records reach. No access check here: the
 * exception log asks only about a case its caller has already been let into.
 */
@Component
@Transactional(readOnly = true)
class SessionsCoverLog implements SessionCoverage {

    private final SessionRepository sessions;

    SessionsCoverLog(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<LocalDateTime> latestSession(long caseId) {
        return Optional.ofNullable(sessions.latestHeldAt(caseId));
    }
}
