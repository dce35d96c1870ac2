package app.tether.homework;

import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import java.util.ArrayList;
import java.util.List;

/** Picks and shortens the answers a printed summary shows: the first few prompts the client filled in. */
final class KeyAnswers {

    static final int MAX_ANSWERS = 3;
    static final int MAX_CHARS = 220;

    private KeyAnswers() {
    }

    static List<HomeworkLine.KeyAnswer> of(List<FieldSpec> fields, Answers answers) {
        List<HomeworkLine.KeyAnswer> out = new ArrayList<>();
        for (FieldSpec f : fields) {
            List<String> filled = answers.filled(f.key());
            // Linked moments are entry ids: the printed summary lists the moments themselves elsewhere.
            if (filled.isEmpty() || f.kind() == FieldKind.MOMENTS) {
                continue;
            }
            String joined = f.kind() == FieldKind.TEXT || f.kind() == FieldKind.RATING ? filled.getFirst()
                    : join(filled);
            out.add(new HomeworkLine.KeyAnswer(f.label(), shorten(joined, MAX_CHARS)));
            if (out.size() == MAX_ANSWERS) {
                break;
            }
        }
        return out;
    }

    /** List items with "; " between them, or just a space after an item that ends its own sentence ("pasta. Second"). */
    static String join(List<String> items) {
        var out = new StringBuilder();
        for (String item : items) {
            if (!out.isEmpty()) {
                out.append(ENDS_SENTENCE.matcher(out).find() ? " " : "; ");
            }
            out.append(item.strip());
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern ENDS_SENTENCE = java.util.regex.Pattern.compile("[.!?…。！？]$");

    /** Whitespace folded; cut at a word boundary near the limit, with an ellipsis. */
    static String shorten(String text, int max) {
        String s = text.strip().replaceAll("\\s+", " ");
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max * 2 / 3) {
            cut = max - 1;
        }
        // Never split a surrogate pair (CJK extension characters, emoji).
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut).strip() + "…";
    }
}
