package app.tether.caseload;

/**
 * The admin's request for a new case; {@code secondClientId} only for a couple.
 * {@code duplicateConfirmed}: the admin saw that a client already has an open case and goes ahead.
 */
public record NewCase(CaseKind kind, Long firstClientId, Long secondClientId, Long therapistId,
                      boolean duplicateConfirmed) {

    public NewCase(CaseKind kind, Long firstClientId, Long secondClientId, Long therapistId) {
        this(kind, firstClientId, secondClientId, therapistId, false);
    }

    public NewCase confirmed() {
        return new NewCase(kind, firstClientId, secondClientId, therapistId, true);
    }
}
