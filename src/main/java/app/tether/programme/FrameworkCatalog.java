package app.tether.programme;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks up framework exercises by code: public structure, no client data, so no role needed. */
@Component
@Transactional(readOnly = true)
public class FrameworkCatalog {

    private final ExerciseRepository exercises;

    FrameworkCatalog(ExerciseRepository exercises) {
        this.exercises = exercises;
    }

    public ExerciseDefinition byCode(String code) {
        return exercises.findByCode(code).map(Exercise::definition)
                .orElseThrow(() -> new IllegalArgumentException("No framework exercise " + code));
    }
}
