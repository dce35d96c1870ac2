package app.tether.homework;

import app.tether.base.ValidationProblem;
import java.util.List;

/**
 * Nothing was assigned: the request has exercises that have the partners talk together, and the
 * couple is marked not ready for that (decision 031). A screen that can ask shows
 * {@link #talking()} and {@link #alternatives()} (what each partner can do alone at the same
 * stage) and repeats the request with {@link AssignRequest#confirmingNotReady()}.
 */
public class NotReadyToTalkException extends ValidationProblem {

    private final transient List<ExerciseChoice> talking;
    private final transient List<ExerciseChoice> alternatives;

    NotReadyToTalkException(List<ExerciseChoice> talking, List<ExerciseChoice> alternatives) {
        super(List.of(new FieldError("exercise", "validation.assign.notReady", List.of(talking.size()))));
        this.talking = List.copyOf(talking);
        this.alternatives = List.copyOf(alternatives);
    }

    public List<ExerciseChoice> talking() {
        return talking;
    }

    public List<ExerciseChoice> alternatives() {
        return alternatives;
    }
}
