package app.tether.programme;

import app.tether.caseload.Lens;
import java.util.List;
import java.util.Set;

/**
 * The three built-in letter exercises (decision record 035): an unsent letter, a letter to the problem,
 * a letter to one's future self. They are not part of the 18 framework exercises: each has a stage it
 * fits best and is tagged for every other stage and for the therapeutic-letters lens, so the assign
 * form suggests them to cases working through letters and any therapist can give them at any stage.
 * Words in the bundle under {@code ex.<code>.*}, like the framework's.
 */
public final class LetterExercises {

    public static final String UNSENT = "letter-unsent";
    public static final String TO_THE_PROBLEM = "letter-to-the-problem";
    public static final String FUTURE_SELF = "letter-future-self";

    /** The one prompt of each: the letter itself. */
    public static final String LETTER_KEY = "letter";

    private static final Set<String> CODES = Set.of(UNSENT, TO_THE_PROBLEM, FUTURE_SELF);

    private LetterExercises() {
    }

    /** Whether an exercise (or an assignment made from one) is one of these letters. */
    public static boolean isLetter(String code) {
        return code != null && CODES.contains(code);
    }

    // An unsent letter sits with the coping the seeds list ("I wrote an unsent letter"); the letter to the
    // problem with the first stage's telling of the story; the letter to the future self with the
    // prevention plan of stage 6.
    public static List<FrameworkExercises.Spec> all() {
        return List.of(spec(UNSENT, 2), spec(TO_THE_PROBLEM, 1), spec(FUTURE_SELF, 6));
    }

    /** Every stage, so the letters come up wherever the case stands. */
    static Set<Integer> stageTags() {
        return Set.of(1, 2, 3, 4, 5, 6);
    }

    static Set<Lens> lensTags() {
        return Set.of(Lens.THERAPEUTIC_LETTERS);
    }

    private static FrameworkExercises.Spec spec(String code, int stage) {
        String base = "ex." + code + "." + LETTER_KEY;
        return new FrameworkExercises.Spec(code, stage, null, false, List.of(new FieldSpec(LETTER_KEY, FieldKind.LETTER,
                base, base + ".help", 1, 1, FieldSpec.LETTER_MAX_LENGTH, null)));
    }
}
