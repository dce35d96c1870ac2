package app.tether.caseload;

public enum CaseKind {
    INDIVIDUAL,
    COUPLE
}
