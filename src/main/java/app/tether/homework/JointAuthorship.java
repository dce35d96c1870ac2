package app.tether.homework;

import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who wrote which part of a shared answer, worked out from its saves in order: a text prompt is cut into
 * paragraphs (lines), a list into its entries. A part that a save keeps word for word keeps its author;
 * a new or changed part belongs to whoever saved it.
 */
public final class JointAuthorship {

    private JointAuthorship() {
    }

    public static Map<String, List<AuthoredPart>> of(List<FieldSpec> fields, List<JointVersionRecord> versions) {
        Map<String, List<AuthoredPart>> result = new LinkedHashMap<>();
        for (FieldSpec f : fields) {
            List<AuthoredPart> previous = List.of();
            for (JointVersionRecord v : versions) {
                List<AuthoredPart> unused = new ArrayList<>(previous);
                List<AuthoredPart> now = new ArrayList<>();
                for (String part : parts(f, v.answers().of(f.key()))) {
                    AuthoredPart kept = unused.stream().filter(p -> p.text().equals(part)).findFirst().orElse(null);
                    if (kept != null) {
                        unused.remove(kept);
                        now.add(kept);
                    } else {
                        now.add(new AuthoredPart(part, v.authorId(), v.authorName()));
                    }
                }
                previous = now;
            }
            if (!previous.isEmpty()) {
                result.put(f.key(), List.copyOf(previous));
            }
        }
        return result;
    }

    static List<String> parts(FieldSpec f, List<String> values) {
        // A letter's body is written in paragraphs like a text answer: each line is one writer's part.
        if (f.kind() != FieldKind.TEXT && f.kind() != FieldKind.LETTER) {
            return values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return values.stream().flatMap(v -> v.lines()).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
