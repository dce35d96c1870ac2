package app.tether.exceptionlog;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Tells the exception log how far a case's session records reach, without the log depending on
 * the sessions module (which reads the log for its summaries). A moment at or before the latest
 * recorded session falls in a session summary's period, so it may have been printed.
 */
public interface SessionCoverage {

    /** When the case's latest recorded session was held; empty when none is recorded. */
    Optional<LocalDateTime> latestSession(long caseId);
}
