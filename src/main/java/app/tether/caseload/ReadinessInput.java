package app.tether.caseload;

import java.time.LocalDate;

/** The therapist's assessment as typed: ready or not (null: nothing chosen), the day, an optional note. */
public record ReadinessInput(Boolean ready, LocalDate assessedOn, String note) {
}
