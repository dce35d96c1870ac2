package app.tether.homework;

import app.tether.base.ValidationProblem;
import java.util.List;

/**
 * Nothing was assigned: some of it is already open for the client. A screen that can ask shows
 * {@link #duplicates()} and repeats the request with a choice; anywhere else it reads as a
 * validation message on the exercise.
 */
public class DuplicateAssignmentException extends ValidationProblem {

    private final transient List<OpenDuplicate> duplicates;

    DuplicateAssignmentException(List<OpenDuplicate> duplicates) {
        super(List.of(new FieldError("exercise", "validation.assign.duplicate", List.of(duplicates.size()))));
        this.duplicates = List.copyOf(duplicates);
    }

    public List<OpenDuplicate> duplicates() {
        return duplicates;
    }
}
