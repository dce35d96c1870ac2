package app.tether.audit;

import java.time.Instant;

/** An audit line as the admin's trail shows it: who, from where, what, on which record, how it ended. */
public record AuditRecord(long id, Long seq, Instant at, Long actorId, String actorName, String actorRole,
                          String remoteAddress, String action, Long caseId, String entityType, Long entityId,
                          String detail, String outcome) {
}
