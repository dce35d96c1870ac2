package app.tether.audit;

import java.time.Instant;

/** An audit line as the admin's trail shows it. */
public record AuditRecord(long id, Instant at, long actorId, String action, Long caseId, Long subjectId,
                          String detail) {
}
