package app.tether.homework;

import app.tether.base.Language;
import app.tether.base.Translator;
import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Picks and shortens the answers a printed summary shows: the first few prompts the client filled in. */
final class KeyAnswers {

    static final int MAX_ANSWERS = 3;
    static final int MAX_CHARS = 220;
    static final int MAX_LENS_ANSWERS = 2;

    private KeyAnswers() {
    }

    /**
     * The answers given per moment are worded in the reader's language ({@code locale}): "Moment 2: …"
     * or "第 2 个时刻：…".
     */
    static List<HomeworkLine.KeyAnswer> of(List<FieldSpec> fields, Answers answers, Translator tr, Locale locale) {
        List<HomeworkLine.KeyAnswer> out = new ArrayList<>();
        for (FieldSpec f : fields) {
            List<String> filled = answers.filled(f.key());
            // Linked moments are only entry ids, meaningless on paper, so they are left out; the
            // answers given per moment say which moment they are about by its number.
            if (filled.isEmpty() || f.kind() == FieldKind.MOMENTS) {
                continue;
            }
            String joined = f.kind() == FieldKind.TEXT || f.kind() == FieldKind.RATING ? filled.getFirst()
                    : f.kind() == FieldKind.LETTER ? LetterAnswer.of(answers.of(f.key())).text()
                    : f.kind() == FieldKind.PER_MOMENT ? perMoment(answers.of(f.key()), tr, locale)
                    : join(filled);
            out.add(new HomeworkLine.KeyAnswer(f.label(), shorten(joined, MAX_CHARS)));
            if (out.size() == MAX_ANSWERS) {
                break;
            }
        }
        return out;
    }

    /**
     * As {@link #of}, followed by at most {@link #MAX_LENS_ANSWERS} answers to the lens's optional prompts
     * (decision record 032), so the summary shows the lens at work even when the exercise's own prompts
     * fill the key answers. A lens prompt's label is a message key: left as a key on a framework line (the
     * summary translates those), worded in {@code locale} on a line of the practice's own exercise.
     */
    static List<HomeworkLine.KeyAnswer> withLens(boolean builtin, List<FieldSpec> fields, Answers answers, Translator tr,
                                                 Locale locale) {
        List<HomeworkLine.KeyAnswer> out = new ArrayList<>(of(fields, answers, tr, locale));
        out.addAll(LensAnswers.keyAnswers(answers, MAX_LENS_ANSWERS, key -> builtin ? key : tr.t(locale, key)));
        return out;
    }

    /** "Moment 1: …; Moment 3: …": numbered by position, so a moment left unanswered keeps the others' numbers. */
    private static String perMoment(List<String> each, Translator tr, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < each.size(); i++) {
            if (!each.get(i).isBlank()) {
                parts.add(tr.t(locale, "homework.moments.answer", i + 1, each.get(i).strip()));
            }
        }
        return String.join(Language.forLocale(locale).clauseSeparator(), parts);
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
