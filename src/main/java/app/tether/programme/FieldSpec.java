package app.tether.programme;

/**
 * One prompt of an exercise. For framework exercises {@code label} and {@code help} are message
 * keys ({@code builtin} on the exercise); for the practice's own exercises they are literal text.
 * {@code source} names where a PICK field takes its choices from: "exerciseCode/fieldKey" for the
 * client's latest sent answers to another exercise, or a bare "fieldKey" for a list prompt of the same
 * exercise, answered in the same form (see {@link #sourceInSameForm()}). For a TEXT prompt, a source
 * "fieldKey#n" ties it to the n-th choice of that prompt (see {@link #slot()}).
 */
public record FieldSpec(String key, FieldKind kind, String label, String help, int minItems, int maxItems,
                        int maxLength, String source) {

    /** Generous: clients write reflections here (answers are TEXT; see V016). */
    public static final int DEFAULT_MAX_LENGTH = 6000;
    /** A letter's body: as long as a therapist's letter may be (decision records 030, 035). */
    public static final int LETTER_MAX_LENGTH = 20_000;
    /** A letter's salutation and closing: a line each. */
    public static final int LETTER_LINE_MAX_LENGTH = 200;

    public boolean required() {
        return minItems > 0;
    }

    /** For a PICK whose choices are the entries of another prompt of the same form: that prompt's key. */
    public String sourceInSameForm() {
        return kind == FieldKind.PICK && source != null && !source.contains("/") ? source : null;
    }

    /** A TEXT prompt about the n-th choice of another prompt: needed when there is an n-th choice, refused when not. */
    public record Slot(String key, int number) {
    }

    /** The choice this TEXT prompt is about, or null when it stands on its own. */
    public Slot slot() {
        if (kind != FieldKind.TEXT || source == null) {
            return null;
        }
        int hash = source.lastIndexOf('#');
        return hash <= 0 ? null : new Slot(source.substring(0, hash), Integer.parseInt(source.substring(hash + 1)));
    }
}
