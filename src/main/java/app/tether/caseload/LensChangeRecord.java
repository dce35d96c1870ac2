package app.tether.caseload;

import java.time.LocalDate;

/** A change of lens after enrolment, for the case's history. */
public record LensChangeRecord(Lens fromLens, Lens toLens, String reason, LocalDate changedOn, String changedBy) {
}
