package app.tether.homework;

import app.tether.base.ValidationProblem;
import app.tether.programme.FieldSpec;
import java.util.List;
import java.util.Map;

/** Checks a submission against its prompts and says exactly what to fix, prompt by prompt. */
final class AnswerValidator {

    private AnswerValidator() {
    }

    static void validate(List<FieldSpec> fields, Answers answers, Map<String, List<String>> pickOptions) {
        var problems = new ValidationProblem.Collector();
        for (FieldSpec f : fields) {
            List<String> filled = answers.filled(f.key());
            switch (f.kind()) {
                case TEXT -> {
                    String text = answers.first(f.key()).strip();
                    FieldSpec.Slot slot = f.slot();
                    boolean chosen = slot != null && answers.filled(slot.key()).size() >= slot.number();
                    if (slot != null && !chosen && !text.isEmpty()) {
                        problems.add(f.key(), "validation.answer.slotUnused", slot.number());
                    } else if ((f.required() || chosen) && text.isEmpty()) {
                        problems.add(f.key(), "validation.answer.required");
                    } else if (text.length() > f.maxLength()) {
                        problems.add(f.key(), "validation.text.tooLong", f.maxLength(), text.length());
                    }
                }
                case LIST, RANKED -> {
                    if (filled.size() < f.minItems()) {
                        problems.add(f.key(), "validation.answer.atLeast", f.minItems(), filled.size());
                    } else if (filled.size() > f.maxItems()) {
                        problems.add(f.key(), "validation.answer.atMost", f.maxItems(), filled.size());
                    } else {
                        itemLengths(problems, f, filled);
                    }
                }
                case DAYS -> {
                    List<String> days = answers.of(f.key());
                    long written = days.stream().limit(f.maxItems()).filter(s -> !s.isBlank()).count();
                    if (written < f.minItems()) {
                        problems.add(f.key(), "validation.answer.days", f.maxItems(), written);
                    } else {
                        itemLengths(problems, f, days);
                    }
                }
                case RATING -> {
                    String v = answers.first(f.key()).strip();
                    if (v.isEmpty()) {
                        if (f.required()) {
                            problems.add(f.key(), "validation.answer.rating");
                        }
                    } else if (!v.matches("10|[1-9]")) {
                        problems.add(f.key(), "validation.answer.rating");
                    }
                }
                case PICK -> {
                    List<String> allowed = pickOptions.getOrDefault(f.key(), List.of());
                    if (filled.stream().anyMatch(v -> !allowed.contains(v))) {
                        problems.add(f.key(), "validation.answer.pickUnknown");
                    } else if (filled.size() < f.minItems()) {
                        problems.add(f.key(), "validation.answer.pickAtLeast", f.minItems(), filled.size());
                    } else if (filled.size() > f.maxItems()) {
                        problems.add(f.key(), "validation.answer.pickAtMost", f.maxItems(), filled.size());
                    }
                }
                case MOMENTS -> {
                    // Only moments the service offered this client: their own and those shared with them.
                    List<String> allowed = pickOptions.getOrDefault(f.key(), List.of());
                    if (filled.stream().anyMatch(v -> !allowed.contains(v))
                            || filled.stream().distinct().count() < filled.size()) {
                        problems.add(f.key(), "validation.answer.momentUnknown");
                    } else if (filled.size() < f.minItems()) {
                        problems.add(f.key(), "validation.answer.momentsAtLeast", f.minItems(), filled.size());
                    } else if (filled.size() > f.maxItems()) {
                        problems.add(f.key(), "validation.answer.momentsAtMost", f.maxItems(), filled.size());
                    }
                }
                case LETTER -> letter(problems, f, answers.of(f.key()));
                case PER_MOMENT -> {
                    // One answer per picked moment, in the order the moments were picked.
                    int picked = f.source() == null ? 0 : answers.filled(f.source()).size();
                    List<String> each = answers.of(f.key());
                    if (each.size() > picked) {
                        // Answers for moments not picked would be stored and never shown: refused.
                        problems.add(f.key(), "validation.answer.perMomentExtra", picked, each.size());
                        continue;
                    }
                    for (int i = 0; i < picked; i++) {
                        String text = i < each.size() ? each.get(i).strip() : "";
                        if (f.required() && text.isEmpty()) {
                            problems.add(f.key(), "validation.answer.perMoment", i + 1);
                            break;
                        }
                        if (text.length() > f.maxLength()) {
                            problems.add(f.key(), "validation.answer.itemTooLong", i + 1, f.maxLength(), text.length());
                            break;
                        }
                    }
                }
            }
        }
        problems.throwIfAny();
    }

    /** Salutation, body, closing (decision record 035): the body as a text prompt, the two lines short. */
    private static void letter(ValidationProblem.Collector problems, FieldSpec f, List<String> entries) {
        LetterAnswer letter = LetterAnswer.of(entries);
        if (entries.size() > 3) {
            problems.add(f.key(), "validation.answer.letterShape");
        } else if (f.required() && letter.body() == null) {
            problems.add(f.key(), "validation.answer.letterBody");
        } else if (letter.body() != null && letter.body().length() > f.maxLength()) {
            problems.add(f.key(), "validation.text.tooLong", f.maxLength(), letter.body().length());
        } else if (longerThan(letter.salutation()) || longerThan(letter.closing())) {
            problems.add(f.key(), "validation.answer.letterLine", FieldSpec.LETTER_LINE_MAX_LENGTH);
        }
    }

    private static boolean longerThan(String line) {
        return line != null && line.length() > FieldSpec.LETTER_LINE_MAX_LENGTH;
    }

    private static void itemLengths(ValidationProblem.Collector problems, FieldSpec f, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            int length = items.get(i).strip().length();
            if (length > f.maxLength()) {
                problems.add(f.key(), "validation.answer.itemTooLong", i + 1, f.maxLength(), length);
                return;
            }
        }
    }
}
