package app.tether.programme;

/**
 * One prompt of an exercise. For framework exercises {@code label} and {@code help} are message
 * keys ({@code builtin} on the exercise); for the practice's own exercises they are literal text.
 * {@code source} names where a PICK field takes its choices from: "exerciseCode/fieldKey" for the
 * client's latest sent answers to another exercise, or a bare "fieldKey" for a list prompt of the same
 * exercise, answered in the same form (see {@link #sourceInSameForm()}).
 */
public record FieldSpec(String key, FieldKind kind, String label, String help, int minItems, int maxItems,
                        int maxLength, String source) {

    /** Generous: clients write reflections here (answers are TEXT; see V016). */
    public static final int DEFAULT_MAX_LENGTH = 6000;

    public boolean required() {
        return minItems > 0;
    }

    /** For a PICK whose choices are the entries of another prompt of the same form: that prompt's key. */
    public String sourceInSameForm() {
        return kind == FieldKind.PICK && source != null && !source.contains("/") ? source : null;
    }
}
