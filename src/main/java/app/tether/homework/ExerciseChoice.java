package app.tether.homework;

/** An exercise named in a question to the therapist. When {@code builtin}, {@code title} is a message key. */
public record ExerciseChoice(long exerciseId, boolean builtin, String title, int stage) {
}
