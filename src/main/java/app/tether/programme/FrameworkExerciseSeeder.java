package app.tether.programme;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the framework exercises in the library on every database (embedded or external), so a
 * new release can refine their structure. Assignments keep their own copies, so this never
 * changes homework already given.
 */
@Component
@Order(5)
class FrameworkExerciseSeeder implements ApplicationRunner {

    private final ExerciseRepository exercises;
    private final Clock clock;

    FrameworkExerciseSeeder(ExerciseRepository exercises, Clock clock) {
        this.exercises = exercises;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (FrameworkExercises.Spec s : FrameworkExercises.all()) {
            var existing = exercises.findByCode(s.code());
            if (existing.isEmpty()) {
                Exercise e = new Exercise(s.code(), true, null, clock.instant());
                e.define(s.stage(), s.titleKey(), s.instructionsKey(), s.recurrence(), s.partner(), s.fields());
                exercises.save(e);
                continue;
            }
            Exercise e = existing.get();
            ExerciseDefinition current = e.definition();
            if (current.stage() != s.stage() || !current.fields().equals(s.fields())
                    || current.recurrence() != s.recurrence() || current.partner() != s.partner()) {
                e.define(s.stage(), s.titleKey(), s.instructionsKey(), s.recurrence(), s.partner(), s.fields());
            }
        }
        // The built-in letters (decision record 035): kept like the framework's, tagged for every stage
        // and the letters lens.
        for (FrameworkExercises.Spec s : LetterExercises.all()) {
            Exercise e = exercises.findByCode(s.code()).orElseGet(() -> new Exercise(s.code(), true, null, clock.instant()));
            ExerciseDefinition current = e.getId() == null ? null : e.definition();
            if (current == null || current.stage() != s.stage() || !current.fields().equals(s.fields())
                    || !current.lenses().equals(LetterExercises.lensTags())) {
                e.define(s.stage(), s.titleKey(), s.instructionsKey(), s.recurrence(), s.partner(), s.fields());
                e.tag(LetterExercises.lensTags(), LetterExercises.stageTags());
                exercises.save(e);
            }
        }
    }
}
