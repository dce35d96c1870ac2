package app.tether.audit;

import java.time.LocalDateTime;

/** One line as it is chained and stored: the event with who, when (UTC) and from where. */
record AuditLine(LocalDateTime atUtc, Long actorId, String actorName, String actorRole, String remoteAddress,
                 AuditAction action, Long caseId, String entityType, Long entityId, String detail,
                 AuditOutcome outcome) {
}
