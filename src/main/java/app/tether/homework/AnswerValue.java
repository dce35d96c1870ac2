package app.tether.homework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Embeddable
class AnswerValue {

    @Column(name = "field_key", nullable = false, length = 48)
    private String fieldKey;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String value;

    protected AnswerValue() {
    }

    AnswerValue(String fieldKey, int position, String value) {
        this.fieldKey = fieldKey;
        this.position = position;
        this.value = value;
    }

    String fieldKey() {
        return fieldKey;
    }

    int position() {
        return position;
    }

    String value() {
        return value;
    }

    /** One row per entry of every prompt, as stored. */
    static List<AnswerValue> rowsOf(Answers answers) {
        List<AnswerValue> rows = new ArrayList<>();
        answers.values().forEach((key, items) -> {
            for (int i = 0; i < items.size(); i++) {
                rows.add(new AnswerValue(key, i, items.get(i)));
            }
        });
        return rows;
    }

    /** The stored rows back as answers, prompts by key and entries in their order. */
    static Answers answersOf(List<AnswerValue> rows) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing(AnswerValue::fieldKey).thenComparingInt(AnswerValue::position))
                .forEach(v -> map.computeIfAbsent(v.fieldKey(), k -> new ArrayList<>()).add(v.value()));
        return new Answers(map);
    }
}
