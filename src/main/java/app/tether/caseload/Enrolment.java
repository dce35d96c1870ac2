package app.tether.caseload;

import java.time.LocalDate;

/** A case's place in the programme; {@code programmeDay} is 1 on the start date. */
public record Enrolment(Lens lens, LocalDate start, Stage stage, long programmeDay) {
}
