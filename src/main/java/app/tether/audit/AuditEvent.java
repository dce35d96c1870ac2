package app.tether.audit;

/**
 * Something worth a line in the audit trail, handed to {@link AuditLog#record} or published as an
 * application event by the module where it happened. Who, when and from where are added by the
 * trail. The detail is a short machine-readable note: names of fields, a variant, a route,
 * never clinical text.
 *
 * @param entityType what kind of record (CASE, SESSION, ASSIGNMENT, ACCOUNT…), or null
 * @param entityId   its id, or null
 * @param actorName  only for sign-in attempts, where nobody is signed in yet: the username tried
 */
public record AuditEvent(AuditAction action, Long caseId, String entityType, Long entityId, String detail,
                         AuditOutcome outcome, String actorName) {

    public AuditEvent {
        if (action == null) {
            throw new IllegalArgumentException("action is required");
        }
        outcome = outcome == null ? AuditOutcome.SUCCESS : outcome;
    }

    /** A successful action by the signed-in person. */
    public static AuditEvent of(AuditAction action, Long caseId, String entityType, Long entityId, String detail) {
        return new AuditEvent(action, caseId, entityType, entityId, detail, AuditOutcome.SUCCESS, null);
    }

    /** A clinical record was opened. */
    public static AuditEvent opened(AuditAction action, Long caseId, String entityType, Long entityId) {
        return of(action, caseId, entityType, entityId, null);
    }
}
