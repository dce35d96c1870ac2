package app.tether.homework;

import java.util.ArrayList;
import java.util.List;

/**
 * A letter answer (decision record 035, {@code FieldKind.LETTER}) read from its stored entries: the
 * optional salutation, the body, the optional closing, each stripped, null when blank. The text is plain:
 * paragraphs are separated by blank lines and nothing is read as markup anywhere it shows.
 */
public record LetterAnswer(String salutation, String body, String closing) {

    public static LetterAnswer of(List<String> entries) {
        return new LetterAnswer(at(entries, 0), at(entries, 1), at(entries, 2));
    }

    /** The entries to store, in order; trailing blanks are dropped by {@link Answers}. */
    public List<String> entries() {
        return List.of(orEmpty(salutation), orEmpty(body), orEmpty(closing));
    }

    public boolean isEmpty() {
        return salutation == null && body == null && closing == null;
    }

    /** The whole letter as one text: salutation, body and closing, a blank line between them. */
    public String text() {
        List<String> parts = new ArrayList<>();
        if (salutation != null) {
            parts.add(salutation);
        }
        if (body != null) {
            parts.add(body);
        }
        if (closing != null) {
            parts.add(closing);
        }
        return String.join("\n\n", parts);
    }

    /** The body's paragraphs: text between blank lines, as the therapist's letters split theirs (decision 030). */
    public List<String> paragraphs() {
        if (body == null) {
            return List.of();
        }
        return java.util.Arrays.stream(body.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \t]*\n(?:[ \t]*\n)*"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static String at(List<String> entries, int i) {
        if (entries == null || i >= entries.size() || entries.get(i) == null || entries.get(i).isBlank()) {
            return null;
        }
        return entries.get(i).strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
