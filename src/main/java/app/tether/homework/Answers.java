package app.tether.homework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client's answers: for each prompt key, its entries in order (one for text and ratings,
 * several for lists, ranked lists, picks and days). Empty trailing entries are dropped.
 */
public record Answers(Map<String, List<String>> values) {

    public Answers {
        Map<String, List<String>> clean = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((k, v) -> {
                List<String> items = new ArrayList<>(v == null ? List.of() : v.stream()
                        .map(s -> s == null ? "" : s).toList());
                while (!items.isEmpty() && items.getLast().isBlank()) {
                    items.removeLast();
                }
                if (!items.isEmpty()) {
                    clean.put(k, List.copyOf(items));
                }
            });
        }
        values = Map.copyOf(clean);
    }

    public static Answers empty() {
        return new Answers(Map.of());
    }

    public List<String> of(String key) {
        return values.getOrDefault(key, List.of());
    }

    public String first(String key) {
        List<String> v = of(key);
        return v.isEmpty() ? "" : v.getFirst();
    }

    /** The non-blank entries of a prompt. */
    public List<String> filled(String key) {
        return of(key).stream().filter(s -> !s.isBlank()).map(String::strip).toList();
    }
}
