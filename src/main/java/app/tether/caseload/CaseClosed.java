package app.tether.caseload;

import java.time.LocalDate;

/** Published inside the closing transaction, so other modules can wind down what they planned. */
public record CaseClosed(long caseId, LocalDate closedOn) {
}
