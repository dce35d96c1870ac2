package app.tether.caseload;

import java.time.LocalDate;

/**
 * A case's place in the programme; {@code programmeDay} is 1 on the start date. {@code stageSince}
 * is the day the current stage was entered (the start while the case has not moved) and
 * {@code stageDay} is 1 on that day. {@code returned} says the case had been at a later stage
 * before and came back to this one: the stage's usual days then mean nothing, so pages count the
 * days of the return instead. {@code secondPass} says the case went back below a stage it had held
 * at some time (true during a return, and still after moving forward again): the usual days then
 * no longer describe any stage it is in, so pages count the days in the current stage. A stage left
 * again on the day it was entered (a correction) counts as never held, for both.
 */
public record Enrolment(Lens lens, LocalDate start, Stage stage, long programmeDay, LocalDate stageSince,
                        long stageDay, boolean returned, boolean secondPass) {
}
