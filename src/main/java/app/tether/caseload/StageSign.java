package app.tether.caseload;

import java.util.Arrays;
import java.util.List;

/**
 * Signs that a case may be ready for the next stage (for stage 6, that the change is lasting),
 * drawn from the programme's framework and its case studies. Guidance for the therapist, never a
 * condition for a stage change. The words are in the bundle under {@link #key()}.
 */
public enum StageSign {
    FEELS_HEARD(1),
    SMALL_HOPE(1),
    RESOURCES_NAMED(2),
    LOG_RUNNING(2),
    FUTURE_DESCRIBED(3),
    ON_THE_SCALE(3),
    PATTERNS_CLEAR(4),
    EXPERIMENT_TRIED(4),
    ACTIONS_TRIED(5),
    ADJUSTED_FROM_FEEDBACK(5),
    CHANGE_HOLDS(6),
    PREVENTION_PLAN(6);

    private final int stage;

    StageSign(int stage) {
        this.stage = stage;
    }

    public Stage stage() {
        return Stage.of(stage);
    }

    public String key() {
        return "case.sign." + name();
    }

    /** The signs of a stage, in the order to show them. */
    public static List<StageSign> of(Stage stage) {
        return Arrays.stream(values()).filter(s -> s.stage == stage.number()).toList();
    }
}
