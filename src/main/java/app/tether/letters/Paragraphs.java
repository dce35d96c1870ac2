package app.tether.letters;

import java.util.Arrays;
import java.util.List;

/** A letter's paragraphs: text separated by one or more blank lines (lines holding only spaces count). */
public final class Paragraphs {

    private Paragraphs() {
    }

    public static List<String> of(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        return Arrays.stream(body.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \t]*\n(?:[ \t]*\n)*"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
