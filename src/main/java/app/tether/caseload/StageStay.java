package app.tether.caseload;

import java.time.LocalDate;
import java.util.List;

/**
 * What the stage history says about the current stage: the day of the latest move (null when the
 * case never moved) and the furthest stage ever moved to. The latest move is the one that set the
 * current stage, so its day is the day the stage began; a furthest stage beyond the current one
 * makes the current stay a return.
 */
record StageStay(LocalDate lastMoveOn, Integer furthest) {

    static final StageStay NONE = new StageStay(null, null);

    static StageStay of(List<StageChangeRecord> history) {
        LocalDate last = null;
        Integer furthest = null;
        for (StageChangeRecord s : history) {
            if (s.fromStage() == null) {
                continue;
            }
            if (last == null || s.changedOn().isAfter(last)) {
                last = s.changedOn();
            }
            if (furthest == null || s.toStage() > furthest) {
                furthest = s.toStage();
            }
        }
        return new StageStay(last, furthest);
    }
}
