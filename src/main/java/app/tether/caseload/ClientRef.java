package app.tether.caseload;

public record ClientRef(long accountId, String displayName, String username) {
}
