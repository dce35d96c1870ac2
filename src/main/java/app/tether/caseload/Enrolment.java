package app.tether.caseload;

import java.time.LocalDate;

/**
 * A case's place in the programme; {@code programmeDay} is 1 on the start date. {@code stageSince}
 * is the day the current stage was entered (the start while the case has not moved) and
 * {@code stageDay} is 1 on that day. {@code returned} says the case had been at a later stage
 * before and came back to this one: the stage's usual days then mean nothing, so pages count the
 * days of the return instead.
 */
public record Enrolment(Lens lens, LocalDate start, Stage stage, long programmeDay, LocalDate stageSince,
                        long stageDay, boolean returned) {
}
