package app.tether.audit;

/**
 * A view that shows clinical content. After a navigation to it succeeds (a refused one shows the
 * not-found page instead and is recorded as a refusal), its opening is written to the trail.
 */
public interface AuditedOpening {

    /** What was opened, built from what the view loaded; null when there is nothing to record. */
    AuditEvent auditedOpening();
}
