package app.tether.programme;

import app.tether.caseload.Lens;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the framework exercises, and the built-in letters (decision record 035), in the library on every
 * database (embedded or external), so a new release can refine their structure. Assignments keep their own
 * copies, so this never changes homework already given. Each exercise is kept in its own transaction: when
 * two nodes start at once and the other one wrote it first (the unique code, or its version, says so), this
 * one reads what was written and carries on.
 */
@Component
@Order(5)
class FrameworkExerciseSeeder implements ApplicationRunner {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FrameworkExerciseSeeder.class);

    private final ExerciseRepository exercises;
    private final Clock clock;
    private final TransactionTemplate tx;

    FrameworkExerciseSeeder(ExerciseRepository exercises, Clock clock, PlatformTransactionManager transactions) {
        this.exercises = exercises;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        for (FrameworkExercises.Spec s : FrameworkExercises.all()) {
            seed(s, null, false);
        }
        for (FrameworkExercises.Spec s : LetterExercises.all()) {
            seed(s, new Tags(LetterExercises.lensTags(), LetterExercises.stageTags()), false);
        }
    }

    /** The lens and stage tags a built-in row carries; null for the framework's, which carry none. */
    record Tags(Set<Lens> lenses, Set<Integer> stages) {
    }

    /**
     * Inserts or refreshes one exercise. {@code lookedTooEarly}: behave as if the row was not there when
     * read (what a node sees when another inserts it a moment later); for the test of that race.
     */
    void seed(FrameworkExercises.Spec s, Tags tags, boolean lookedTooEarly) {
        try {
            tx.executeWithoutResult(st -> keep(s, tags, lookedTooEarly));
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            log.info("Exercise {} was written by another node at the same time; reading it again", s.code());
            tx.executeWithoutResult(st -> keep(s, tags, false));
        }
    }

    private void keep(FrameworkExercises.Spec s, Tags tags, boolean lookedTooEarly) {
        var existing = lookedTooEarly ? java.util.Optional.<Exercise>empty() : exercises.findByCode(s.code());
        if (existing.isEmpty()) {
            Exercise e = new Exercise(s.code(), true, null, clock.instant());
            define(e, s, tags);
            exercises.saveAndFlush(e);
            return;
        }
        Exercise e = existing.get();
        if (changed(e.definition(), s, tags)) {
            define(e, s, tags);
            exercises.saveAndFlush(e);
        }
    }

    private static void define(Exercise e, FrameworkExercises.Spec s, Tags tags) {
        e.define(s.stage(), s.titleKey(), s.instructionsKey(), s.recurrence(), s.partner(), s.fields());
        if (tags != null) {
            e.tag(tags.lenses(), tags.stages());
        }
    }

    private static boolean changed(ExerciseDefinition current, FrameworkExercises.Spec s, Tags tags) {
        if (current.stage() != s.stage() || !current.fields().equals(s.fields())
                || current.recurrence() != s.recurrence() || current.partner() != s.partner()) {
            return true;
        }
        if (tags == null) {
            return false;
        }
        // Stage tags are kept without the exercise's own stage (Exercise.tag).
        Set<Integer> others = new HashSet<>(tags.stages());
        others.remove(s.stage());
        return !current.lenses().equals(tags.lenses()) || !current.stages().equals(others);
    }
}
