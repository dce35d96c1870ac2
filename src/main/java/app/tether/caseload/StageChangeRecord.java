package app.tether.caseload;

import java.time.LocalDate;

/** A stage move; {@code fromStage} is null for the enrolment itself. */
public record StageChangeRecord(Integer fromStage, int toStage, String reason, LocalDate changedOn,
                                String changedBy) {
}
