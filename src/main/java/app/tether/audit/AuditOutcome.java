package app.tether.audit;

/** How the recorded attempt ended. */
public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
