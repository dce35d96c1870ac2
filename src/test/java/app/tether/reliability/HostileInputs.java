package app.tether.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated hostile text for scenario 4: every category issue 16 names, from a fixed seed so a
 * failure can be replayed. {@link #next} cycles through the categories, so any run of
 * {@code Category.values().length} inputs in a row covers every one.
 */
final class HostileInputs {

    enum Category {
        EMPTY, WHITESPACE_ONLY, LONG_PAST_LIMIT, LONG_FAR_PAST, EVERY_PLANE, SUPPLEMENTARY, PRIVATE_USE,
        UNPAIRED_SURROGATE, CONTROL, NULL_BYTE, BIDI, ZERO_WIDTH, COMBINING, HTML_SCRIPT, SQL_LIKE, CSV_FORMULA,
        EMOJI_SEQUENCE, MIXED
    }

    record Input(Category category, String text) {
        /** A short, printable description for the report (the text itself may be megabytes of controls). */
        String describe() {
            String head = text.length() > 24 ? text.substring(0, 24) + "…" : text;
            StringBuilder b = new StringBuilder();
            head.codePoints().forEach(cp -> b.append(cp < 0x20 || (cp >= 0x7f && cp < 0xa0)
                    || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.FORMAT
                    ? String.format("\\u%04X", cp) : new String(Character.toChars(cp))));
            return category + "(" + text.length() + " chars: " + b + ")";
        }
    }

    /** Lengths just past the limits the services check (60, 500, 1,000, 2,000, 4,000, 20,000). */
    private static final int[] PAST = {61, 121, 201, 501, 1_001, 2_001, 4_001, 20_001};
    /** Far past every limit; a megabyte now and then (one form post can carry that). */
    private static final int[] FAR = {65_536, 200_000, 1_000_000};

    private static final String[] HTML = {
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>",
        "<b>bold</b> &amp; &lt;", "javascript:alert(1)", "<iframe src=\"//example.invalid\"></iframe>",
        "</textarea><script>document.cookie</script>", "<!-- comment --><style>*{display:none}</style>",
        "${7*7} #{7*7} {{7*7}}", "<a href='x' title=\"y\">z</a>"};
    private static final String[] SQL = {
        "' OR '1'='1", "'; DROP TABLE account; --", "\" OR 1=1 --", "1; SELECT SLEEP(5)", "%' AND 1=0 UNION SELECT * --",
        "\\'; --", "admin'--", "_%_%", "!%!_", "` OR ``=`"};
    private static final String[] CSV = {
        "=1+1", "=HYPERLINK(\"http://example.invalid\",\"click\")", "+1+1", "-1+1", "@SUM(A1:A2)",
        "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0", "-", "+", "@", "=", "'=1+1"};
    private static final String[] EMOJI = {
        "👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🇬🇧🇨🇳", "❤️‍🔥", "🧑🏿‍🦯", "1️⃣", "🫶🏻 😀"};
    private static final String[] BIDI = {"\u202E", "\u202D", "\u200F", "\u200E", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u061C", "\u202A", "\u202B", "\u202C"};
    private static final String[] ZERO_WIDTH = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"};

    private final SplittableRandom random;
    private int counter;

    HostileInputs(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next input, the categories in turn. */
    Input next() {
        Category c = Category.values()[counter++ % Category.values().length];
        return new Input(c, text(c));
    }

    List<Input> next(int count) {
        List<Input> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(next());
        }
        return list;
    }

    private String text(Category c) {
        return switch (c) {
            case EMPTY -> "";
            case WHITESPACE_ONLY -> repeatFrom(new String[] {" ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u3000",
                "\u2028", "\u2029", "\u000B", "\u000C"}, 1 + random.nextInt(40));
            case LONG_PAST_LIMIT -> longText(PAST[random.nextInt(PAST.length)]);
            case LONG_FAR_PAST -> longText(FAR[random.nextInt(FAR.length)]);
            case EVERY_PLANE -> everyPlane();
            case SUPPLEMENTARY -> codePoints(0x10000, 0x2FFFF, 1 + random.nextInt(30));
            case PRIVATE_USE -> random.nextBoolean() ? codePoints(0xE000, 0xF8FF, 1 + random.nextInt(20))
                    : codePoints(0xF0000, 0x10FFFD, 1 + random.nextInt(20));
            case UNPAIRED_SURROGATE -> "note " + (random.nextBoolean() ? (char) (0xD800 + random.nextInt(0x400))
                    : (char) (0xDC00 + random.nextInt(0x400))) + (random.nextBoolean() ? " end" : "");
            case CONTROL -> "a" + (char) (1 + random.nextInt(31)) + "b" + (char) (0x7F + random.nextInt(0x21)) + "c";
            case NULL_BYTE -> random.nextBoolean() ? "before\u0000after" : "\u0000";
            case BIDI -> "abc " + BIDI[random.nextInt(BIDI.length)] + "שלום مرحبا" + BIDI[random.nextInt(BIDI.length)]
                    + " 123";
            case ZERO_WIDTH -> "ab" + ZERO_WIDTH[random.nextInt(ZERO_WIDTH.length)] + "cd"
                    + ZERO_WIDTH[random.nextInt(ZERO_WIDTH.length)];
            case COMBINING -> "Z" + codePoints(0x0300, 0x036F, 1 + random.nextInt(60)) + "algo e\u0301";
            case HTML_SCRIPT -> HTML[random.nextInt(HTML.length)];
            case SQL_LIKE -> SQL[random.nextInt(SQL.length)];
            case CSV_FORMULA -> CSV[random.nextInt(CSV.length)];
            case EMOJI_SEQUENCE -> EMOJI[random.nextInt(EMOJI.length)] + " " + EMOJI[random.nextInt(EMOJI.length)];
            case MIXED -> HTML[random.nextInt(HTML.length)] + BIDI[random.nextInt(BIDI.length)]
                    + EMOJI[random.nextInt(EMOJI.length)] + CSV[random.nextInt(CSV.length)] + "中文 Ελληνικά";
        };
    }

    /** One assigned character from each of the 17 planes (noncharacters and unassigned planes included). */
    private String everyPlane() {
        StringBuilder b = new StringBuilder();
        for (int plane = 0; plane <= 16; plane++) {
            int cp = (plane << 16) + random.nextInt(0xFFFE);
            if (plane == 0 && cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0x4E2D; // surrogates have their own category
            }
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    private String longText(int length) {
        StringBuilder b = new StringBuilder(length + 2);
        String[] pieces = {"a", "中", "😀", " ", "<b>", "="};
        String piece = pieces[random.nextInt(pieces.length)];
        while (b.length() < length) {
            b.append(piece);
        }
        return b.toString();
    }

    private String codePoints(int from, int to, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int cp = from + random.nextInt(to - from + 1);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0xE000;
            }
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    private String repeatFrom(String[] options, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(options[random.nextInt(options.length)]);
        }
        return b.toString();
    }
}
