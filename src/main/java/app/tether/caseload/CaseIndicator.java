package app.tether.caseload;

/** A small count shown on a caseload card by another module, e.g. homework awaiting review. */
public record CaseIndicator(String messageKey, long count, String tone) {
}
