package app.tether.programme;

import java.util.List;

/**
 * An exercise as the library holds it. When {@code builtin}, title, instructions and field
 * labels are message keys; otherwise they are the therapist's own words.
 */
public record ExerciseDefinition(long id, String code, boolean builtin, int stage, String title,
                                 String instructions, Recurrence recurrence, boolean partner,
                                 List<FieldSpec> fields, Long createdBy, long version) {

    public boolean recurring() {
        return recurrence != null;
    }
}
