package app.tether.homework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers written inline in tests: key, value (a String or a List of them), key, value, … */
public final class TestAnswers {

    private TestAnswers() {
    }

    public static Answers of(Object... keyValues) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            @SuppressWarnings("unchecked")
            List<String> list = v instanceof List<?> l ? (List<String>) l : List.of((String) v);
            map.put((String) keyValues[i], list);
        }
        return new Answers(map);
    }
}
