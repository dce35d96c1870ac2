package app.tether.caseload;

/** The admin's request for a new case; {@code secondClientId} only for a couple. */
public record NewCase(CaseKind kind, Long firstClientId, Long secondClientId, Long therapistId) {
}
