package app.tether.homework;

import app.tether.caseload.Lens;
import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional lens prompts of a homework form (decision record 032). They are plain, optional text
 * prompts whose key is the lens's message key, so their answers are kept in the submission like any
 * other and always say which lens they were given under, also after the case's lens has changed.
 */
public final class LensAnswers {

    private LensAnswers() {
    }

    /** The lens's optional prompts for an exercise of this stage; none while the case has no lens. */
    public static List<FieldSpec> fields(Lens lens, int stage) {
        if (lens == null || stage < 1 || stage > 6) {
            return List.of();
        }
        return lens.promptKeys(stage).stream()
                .map(key -> new FieldSpec(key, FieldKind.TEXT, key, null, 0, 1, FieldSpec.DEFAULT_MAX_LENGTH, null))
                .toList();
    }

    /**
     * The lens answers among these answers, by the lens they were given under (in the enum's order),
     * each as prompt key to answer, prompts in their order. Blank answers are left out.
     */
    public static Map<Lens, Map<String, String>> byLens(Answers answers) {
        Map<Lens, Map<String, String>> out = new LinkedHashMap<>();
        for (Lens lens : Lens.values()) {
            Map<String, String> mine = new java.util.TreeMap<>();
            answers.values().forEach((key, items) -> {
                if (Lens.ofPromptKey(key).orElse(null) == lens && !answers.first(key).isBlank()) {
                    mine.put(key, answers.first(key).strip());
                }
            });
            if (!mine.isEmpty()) {
                out.put(lens, new LinkedHashMap<>(mine));
            }
        }
        return out;
    }

    /** Prompts for the lens answers these answers hold (blank ones left out), grouped by lens, to show them. */
    public static List<FieldSpec> answeredFields(Answers answers) {
        List<FieldSpec> out = new ArrayList<>();
        byLens(answers).values().forEach(prompts -> prompts.keySet().forEach(key ->
                out.add(new FieldSpec(key, FieldKind.TEXT, key, null, 0, 1, FieldSpec.DEFAULT_MAX_LENGTH, null))));
        return out;
    }

    /** The lens answers as key answers for a summary line, at most {@code max}; labels as the line needs them. */
    static List<HomeworkLine.KeyAnswer> keyAnswers(Answers answers, int max, java.util.function.UnaryOperator<String> label) {
        List<HomeworkLine.KeyAnswer> out = new ArrayList<>();
        byLens(answers).values().forEach(prompts -> prompts.forEach((key, value) -> {
            if (out.size() < max) {
                out.add(new HomeworkLine.KeyAnswer(label.apply(key), KeyAnswers.shorten(value, KeyAnswers.MAX_CHARS)));
            }
        }));
        return out;
    }
}
