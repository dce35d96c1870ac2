package app.tether.programme;

import app.tether.caseload.Lens;
import java.util.List;
import java.util.Set;

/**
 * An exercise as the library holds it. When {@code builtin}, title, instructions and field
 * labels are message keys; otherwise they are the therapist's own words. {@code lenses} and
 * {@code stages} are the tags of a practice's own exercise (empty for framework ones): the lenses it
 * suits, and the stages it suits besides its own (decision record 032).
 */
public record ExerciseDefinition(long id, String code, boolean builtin, int stage, String title,
                                 String instructions, Recurrence recurrence, boolean partner,
                                 List<FieldSpec> fields, Long createdBy, long version, Set<Lens> lenses,
                                 Set<Integer> stages) {

    public ExerciseDefinition {
        lenses = lenses == null ? Set.of() : Set.copyOf(lenses);
        stages = stages == null ? Set.of() : Set.copyOf(stages);
    }

    /** Whether the library suggests it to a case working through {@code lens} at {@code atStage}. */
    public boolean suits(Lens lens, int atStage) {
        // The framework exercises carry no tags; the built-in letters do (decision record 035).
        return lenses.contains(lens) && (stage == atStage || stages.contains(atStage));
    }

    /** The same exercise given at another stage (the built-in letters fit any; decision record 035). */
    public ExerciseDefinition atStage(int atStage) {
        return new ExerciseDefinition(id, code, builtin, atStage, title, instructions, recurrence, partner, fields,
                createdBy, version, lenses, stages);
    }

    public boolean recurring() {
        return recurrence != null;
    }
}
