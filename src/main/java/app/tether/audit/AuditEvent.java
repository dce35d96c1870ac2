package app.tether.audit;

/**
 * Something worth a line in the audit trail, published by the module where it happened. The
 * detail is a short machine-readable note (never clinical text).
 */
public record AuditEvent(long actorId, String action, Long caseId, Long subjectId, String detail) {

    /** A session summary was printed: subject is the session, detail the variant and paper. */
    public static final String SUMMARY_PRINTED = "SESSION_SUMMARY_PRINTED";
}
