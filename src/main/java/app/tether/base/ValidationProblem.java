package app.tether.base;

import java.util.List;

/**
 * Bad input found by a service. Each problem names the field it belongs to and a message key
 * (with arguments) that the view translates and shows next to that field.
 */
public class ValidationProblem extends RuntimeException {

    public record FieldError(String field, String messageKey, List<Object> args) {
        public FieldError {
            args = List.copyOf(args);
        }
    }

    private final List<FieldError> errors;

    public ValidationProblem(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public static ValidationProblem of(String field, String messageKey, Object... args) {
        return new ValidationProblem(List.of(new FieldError(field, messageKey, List.of(args))));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public boolean hasErrorFor(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** Collects problems and throws them together, so a form shows every message at once. */
    public static final class Collector {
        private final java.util.ArrayList<FieldError> errors = new java.util.ArrayList<>();

        public Collector add(String field, String messageKey, Object... args) {
            errors.add(new FieldError(field, messageKey, List.of(args)));
            return this;
        }

        public boolean has(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationProblem(errors);
            }
        }
    }
}
