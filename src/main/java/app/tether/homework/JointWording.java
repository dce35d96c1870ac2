package app.tether.homework;

import app.tether.programme.FieldSpec;
import app.tether.programme.FrameworkExercises;
import java.util.List;

/**
 * Hope Questions and Collaborative Stance ask "me" and "my partner"; given as one shared answer they
 * are worded for "us" (keys ending in {@code .joint}, decision 033). Other exercises keep their words.
 */
public final class JointWording {

    private JointWording() {
    }

    static boolean applies(boolean builtin, String code) {
        return builtin && code != null && FrameworkExercises.TALK_TOGETHER.contains(code);
    }

    public static String instructions(AssignmentSummary s, String instructions) {
        return s.joint() && applies(s.builtin(), s.exerciseCode()) ? instructions + ".joint" : instructions;
    }

    public static List<FieldSpec> fields(AssignmentSummary s, List<FieldSpec> fields) {
        if (!s.joint() || !applies(s.builtin(), s.exerciseCode())) {
            return fields;
        }
        return fields.stream().map(f -> new FieldSpec(f.key(), f.kind(), f.label() + ".joint",
                f.help() == null ? null : f.help() + ".joint", f.minItems(), f.maxItems(), f.maxLength(), f.source()))
                .toList();
    }
}
