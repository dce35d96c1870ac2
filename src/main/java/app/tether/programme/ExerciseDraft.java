package app.tether.programme;

import java.util.List;

/** A therapist's own exercise as typed in the editor; field keys are assigned by the library. */
public record ExerciseDraft(String title, Integer stage, String instructions, boolean recurring,
                            List<FieldDraft> fields) {

    /** One prompt in the editor. {@code minItems}/{@code maxItems} matter for lists and days. */
    public record FieldDraft(String label, FieldKind kind, String help, Integer minItems, Integer maxItems,
                             boolean required) {
    }
}
