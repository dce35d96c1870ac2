package app.tether.programme;

import java.util.ArrayList;
import java.util.List;

/**
 * The 18 exercises of the framework, three per stage. Structure lives here; every word the
 * client reads lives in the message bundle under {@code ex.<code>.*}.
 */
public final class FrameworkExercises {

    public static final String NARRATIVE_LISTENING = "narrative-listening";
    public static final String COLLABORATIVE_STANCE = "collaborative-stance";
    public static final String HOPE_QUESTIONS = "hope-questions";
    public static final String COPING_LIST = "coping-list";
    public static final String STRENGTH_EXPLORATION = "strength-exploration";
    public static final String EXCEPTION_LOG = "exception-log";
    public static final String MIRACLE_QUESTION = "miracle-question";
    public static final String SCALE_POSITIONING = "scale-positioning";
    public static final String VALUE_RANKING = "value-ranking";
    public static final String EXCEPTION_DEEP_DESCRIPTION = "exception-deep-description";
    public static final String PATTERN_RECOGNITION = "pattern-recognition";
    public static final String MICRO_EXPERIMENTS = "micro-experiments";
    public static final String ACTION_MENU = "action-menu";
    public static final String COMMITMENT_EXPERIMENT = "commitment-experiment";
    public static final String FEEDBACK_LOOP = "feedback-loop";
    public static final String PROGRESS_NARRATIVE = "progress-narrative";
    public static final String FUTURE_PREVENTION = "future-prevention";
    public static final String CELEBRATION = "celebration";

    /** Per picked moment and question: five moments times five questions stay readable. */
    static final int PER_MOMENT_MAX_LENGTH = 2000;

    /** One framework exercise: its code, stage, shape and prompts. */
    public record Spec(String code, int stage, Recurrence recurrence, boolean partner, List<FieldSpec> fields) {

        public String titleKey() {
            return "ex." + code + ".title";
        }

        public String instructionsKey() {
            return "ex." + code + ".instructions";
        }
    }

    /**
     * The framework exercises that have the partners talk to each other (decision 031): Collaborative
     * Stance (each speaks while the other listens) and Hope Questions (the question is put to the
     * partner too). Every other exercise is written or done by each person on their own.
     */
    public static final java.util.Set<String> TALK_TOGETHER = java.util.Set.of(COLLABORATIVE_STANCE, HOPE_QUESTIONS);

    /** Whether this exercise has the partners talk together; therapists' own exercises never do. */
    public static boolean talksTogether(ExerciseDefinition exercise) {
        return exercise.builtin() && exercise.code() != null && TALK_TOGETHER.contains(exercise.code());
    }

    private FrameworkExercises() {
    }

    public static List<Spec> all() {
        List<Spec> all = new ArrayList<>();
        all.add(spec(NARRATIVE_LISTENING, 1, text(NARRATIVE_LISTENING, "matters", true),
                text(NARRATIVE_LISTENING, "struggle", true), text(NARRATIVE_LISTENING, "longing", true)));
        all.add(new Spec(COLLABORATIVE_STANCE, 1, null, true, List.of(
                text(COLLABORATIVE_STANCE, "understood", true), text(COLLABORATIVE_STANCE, "heard", true))));
        // The seeds ask the question of oneself and of the partner; asking may not be possible yet (a
        // couple in silence), so the partner's answer may be imagined, and is not required.
        all.add(spec(HOPE_QUESTIONS, 1, text(HOPE_QUESTIONS, "tonight", true),
                text(HOPE_QUESTIONS, "partner", false)));
        all.add(spec(COPING_LIST, 2, list(COPING_LIST, "ways", FieldKind.LIST, 3, 30, 300)));
        all.add(spec(STRENGTH_EXPLORATION, 2, text(STRENGTH_EXPLORATION, "through", true),
                text(STRENGTH_EXPLORATION, "learned", true), text(STRENGTH_EXPLORATION, "others", true),
                text(STRENGTH_EXPLORATION, "persist", true)));
        all.add(new Spec(EXCEPTION_LOG, 2, Recurrence.DAILY, false, List.of()));
        all.add(spec(MIRACLE_QUESTION, 3, text(MIRACLE_QUESTION, "firstSign", true),
                text(MIRACLE_QUESTION, "me", true), text(MIRACLE_QUESTION, "partner", true),
                text(MIRACLE_QUESTION, "us", true)));
        all.add(spec(SCALE_POSITIONING, 3, field(SCALE_POSITIONING, "rating", FieldKind.RATING, 1, 1, 2, null),
                text(SCALE_POSITIONING, "moved", false), text(SCALE_POSITIONING, "notLower", true),
                text(SCALE_POSITIONING, "onePointHigher", true)));
        // The focus value is picked from the list ranked above in the same form (a source without an
        // exercise code: see FieldSpec).
        all.add(spec(VALUE_RANKING, 3, list(VALUE_RANKING, "values", FieldKind.RANKED, 5, 10, 80),
                field(VALUE_RANKING, "focus", FieldKind.PICK, 1, 1, 80, "values"),
                text(VALUE_RANKING, "why", true), text(VALUE_RANKING, "act", true)));
        // The moments are picked from the client's own log and linked by id; each gets the same five
        // questions (see decision 021).
        all.add(spec(EXCEPTION_DEEP_DESCRIPTION, 4,
                field(EXCEPTION_DEEP_DESCRIPTION, "moments", FieldKind.MOMENTS, 3, 5, 20, null),
                perMoment(EXCEPTION_DEEP_DESCRIPTION, "happened", "moments"),
                perMoment(EXCEPTION_DEEP_DESCRIPTION, "different", "moments"),
                perMoment(EXCEPTION_DEEP_DESCRIPTION, "felt", "moments"),
                perMoment(EXCEPTION_DEEP_DESCRIPTION, "capacity", "moments"),
                perMoment(EXCEPTION_DEEP_DESCRIPTION, "more", "moments")));
        all.add(spec(PATTERN_RECOGNITION, 4, list(PATTERN_RECOGNITION, "conditions", FieldKind.LIST, 2, 15, 300),
                text(PATTERN_RECOGNITION, "strongest", false)));
        all.add(spec(MICRO_EXPERIMENTS, 4, text(MICRO_EXPERIMENTS, "plan", true),
                field(MICRO_EXPERIMENTS, "days", FieldKind.DAYS, 3, 3, 1000, null),
                text(MICRO_EXPERIMENTS, "learned", true)));
        all.add(spec(ACTION_MENU, 5, list(ACTION_MENU, "actions", FieldKind.LIST, 10, 20, 200)));
        // One or two experiments, each with its own three questions: a slot per experiment keeps each
        // answer beside its question; the second slot is for a client who picked two.
        // Commitment and Feedback Loop recur weekly and form one loop (decision record 034).
        all.add(weekly(COMMITMENT_EXPERIMENT, 5,
                field(COMMITMENT_EXPERIMENT, "chosen", FieldKind.PICK, 1, 2, 200, ACTION_MENU + "/actions"),
                text(COMMITMENT_EXPERIMENT, "try1", true), text(COMMITMENT_EXPERIMENT, "learn1", true),
                text(COMMITMENT_EXPERIMENT, "knowLearned1", true), secondChoice(COMMITMENT_EXPERIMENT, "try2"),
                secondChoice(COMMITMENT_EXPERIMENT, "learn2"), secondChoice(COMMITMENT_EXPERIMENT, "knowLearned2")));
        // The week's committed actions (filled in from that week's Commitment), then per action what
        // happened, what was learned and what to adjust. Earlier answers keep their own copy of the old
        // four prompts (tried, happened, learned, adjust).
        all.add(weekly(FEEDBACK_LOOP, 5, list(FEEDBACK_LOOP, "actions", FieldKind.LIST, 1, 2, 200),
                perAction(FEEDBACK_LOOP, "happened1", 1), perAction(FEEDBACK_LOOP, "learned1", 1),
                perAction(FEEDBACK_LOOP, "adjust1", 1), perAction(FEEDBACK_LOOP, "happened2", 2),
                perAction(FEEDBACK_LOOP, "learned2", 2), perAction(FEEDBACK_LOOP, "adjust2", 2)));
        all.add(spec(PROGRESS_NARRATIVE, 6, text(PROGRESS_NARRATIVE, "started", true),
                text(PROGRESS_NARRATIVE, "happened", true), text(PROGRESS_NARRATIVE, "learned", true),
                text(PROGRESS_NARRATIVE, "now", true), text(PROGRESS_NARRATIVE, "proud", true),
                text(PROGRESS_NARRATIVE, "hope", true)));
        all.add(spec(FUTURE_PREVENTION, 6, list(FUTURE_PREVENTION, "signs", FieldKind.LIST, 1, 10, 300),
                text(FUTURE_PREVENTION, "then", true), text(FUTURE_PREVENTION, "coping", true),
                text(FUTURE_PREVENTION, "support", true)));
        all.add(spec(CELEBRATION, 6, text(CELEBRATION, "mark", true), text(CELEBRATION, "meaning", true),
                text(CELEBRATION, "understanding", true), text(CELEBRATION, "discovery", true)));
        return List.copyOf(all);
    }

    private static Spec spec(String code, int stage, FieldSpec... fields) {
        return new Spec(code, stage, null, false, List.of(fields));
    }

    private static Spec weekly(String code, int stage, FieldSpec... fields) {
        return new Spec(code, stage, Recurrence.WEEKLY, false, List.of(fields));
    }

    /** A Feedback Loop question about the n-th action tried: answered exactly when there is one. */
    private static FieldSpec perAction(String code, String key, int action) {
        return field(code, key, FieldKind.TEXT, 0, 1, FieldSpec.DEFAULT_MAX_LENGTH, "actions#" + action);
    }

    private static FieldSpec text(String code, String key, boolean required) {
        return field(code, key, FieldKind.TEXT, required ? 1 : 0, 1, FieldSpec.DEFAULT_MAX_LENGTH, null);
    }

    /** A question answered once for each moment picked in the MOMENTS prompt {@code source}. */
    private static FieldSpec perMoment(String code, String key, String source) {
        return field(code, key, FieldKind.PER_MOMENT, 1, 1, PER_MOMENT_MAX_LENGTH, source);
    }

    /** A question about the second chosen action: answered exactly when a second one was chosen. */
    private static FieldSpec secondChoice(String code, String key) {
        return field(code, key, FieldKind.TEXT, 0, 1, FieldSpec.DEFAULT_MAX_LENGTH, "chosen#2");
    }

    private static FieldSpec list(String code, String key, FieldKind kind, int min, int max, int maxLength) {
        return field(code, key, kind, min, max, maxLength, null);
    }

    private static FieldSpec field(String code, String key, FieldKind kind, int min, int max, int maxLength,
                                   String source) {
        String base = "ex." + code + "." + key;
        return new FieldSpec(key, kind, base, base + ".help", min, max, maxLength, source);
    }
}
