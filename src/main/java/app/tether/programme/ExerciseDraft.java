package app.tether.programme;

import app.tether.caseload.Lens;
import java.util.List;
import java.util.Set;

/**
 * A therapist's own exercise as typed in the editor; field keys are assigned by the library.
 * {@code lenses} and {@code stages} are its tags: the lenses it suits and the stages it suits besides its
 * own, so the assign form suggests it to a case at such a lens and stage (decision record 032).
 */
public record ExerciseDraft(String title, Integer stage, String instructions, List<FieldDraft> fields,
                            Set<Lens> lenses, Set<Integer> stages, Recurrence recurrence) {

    public ExerciseDraft {
        lenses = lenses == null ? Set.of() : Set.copyOf(lenses);
        stages = stages == null ? Set.of() : Set.copyOf(stages);
    }

    /** {@code recurring} means daily, as before weekly existed (decision record 034). */
    public ExerciseDraft(String title, Integer stage, String instructions, boolean recurring, List<FieldDraft> fields,
                         Set<Lens> lenses, Set<Integer> stages) {
        this(title, stage, instructions, fields, lenses, stages, recurring ? Recurrence.DAILY : null);
    }

    /** Done again and again (daily or weekly) rather than once. */
    public boolean recurring() {
        return recurrence != null;
    }

    /** An exercise without tags. */
    public ExerciseDraft(String title, Integer stage, String instructions, boolean recurring, List<FieldDraft> fields) {
        this(title, stage, instructions, recurring, fields, Set.of(), Set.of());
    }

    /** One prompt in the editor. {@code minItems}/{@code maxItems} matter for lists and days. */
    public record FieldDraft(String label, FieldKind kind, String help, Integer minItems, Integer maxItems,
                             boolean required) {
    }
}
