package app.tether.homework.ui;

import app.tether.base.ValidationProblem;
import app.tether.caseload.Lens;
import app.tether.homework.Answers;
import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The prompts of one assignment as inputs; used to answer, and read-only to show answers. */
class AnswerForm extends Div {

    private final Map<String, FieldEditor> editors = new LinkedHashMap<>();
    /** PICK prompts whose choices are another prompt of this form (pick key to source key). */
    private final Map<String, String> sameFormPicks = new LinkedHashMap<>();

    AnswerForm(List<FieldSpec> fields, boolean builtin, Map<String, List<String>> pickOptions, Runnable onChange) {
        this(fields, builtin, pickOptions, onChange, MomentsEditor.Context.NONE);
    }

    /** {@code moments}: what a MOMENTS prompt shows and links (see MomentsEditor). */
    AnswerForm(List<FieldSpec> fields, boolean builtin, Map<String, List<String>> pickOptions, Runnable onChange,
               MomentsEditor.Context moments) {
        this(fields, builtin, pickOptions, onChange, moments, false);
    }

    /**
     * Lens prompts (decision record 032) follow the exercise's own under a heading of their lens: for the
     * client answering, "Through your lens (optional)"; for a reader of sent answers ({@code reading}),
     * the lens they were answered under, which may be an earlier one.
     */
    AnswerForm(List<FieldSpec> fields, boolean builtin, Map<String, List<String>> pickOptions, Runnable onChange,
               MomentsEditor.Context moments, boolean reading) {
        this(fields, builtin, pickOptions, onChange, moments, reading, null);
    }

    /**
     * {@code currentLens}: for the client answering, the case's lens now; prompts of another lens are
     * answers the draft holds from an earlier lens, shown under their own heading and kept.
     */
    AnswerForm(List<FieldSpec> fields, boolean builtin, Map<String, List<String>> pickOptions, Runnable onChange,
               MomentsEditor.Context moments, boolean reading, Lens currentLens) {
        addClassName("answer-form");
        // A change to a source list refreshes the choices that follow it before the draft is saved.
        Runnable changed = () -> {
            refreshSameFormPicks();
            onChange.run();
        };
        Lens lensShown = null;
        for (FieldSpec f : fields) {
            if (f.kind() == FieldKind.PER_MOMENT && followsMoments(fields, f)) {
                continue;
            }
            Lens lens = Lens.ofPromptKey(f.key()).orElse(null);
            if (lens != null && lens != lensShown) {
                add(lensHeading(lens, reading, reading || lens == currentLens));
                lensShown = lens;
            }
            // A lens prompt's label is always a message key, also in the practice's own exercises.
            boolean keys = builtin || lens != null;
            String label = text(this, keys, f.label());
            String help = f.help() == null ? null : text(this, keys, f.help());
            if (f.kind() == FieldKind.MOMENTS) {
                List<FieldSpec> questions = fields.stream()
                        .filter(q -> q.kind() == FieldKind.PER_MOMENT && f.key().equals(q.source())).toList();
                var editor = new MomentsEditor(f, label, help, pickOptions.getOrDefault(f.key(), List.of()), questions,
                        builtin, moments, this, onChange);
                editors.put(f.key(), editor);
                editors.putAll(editor.questionEditors());
                add(editor.component());
                continue;
            }
            FieldEditor editor = Editors.create(f, label, help, this::getTranslation,
                    (key, args) -> getTranslation(key, args), pickOptions.getOrDefault(f.key(), List.of()), changed);
            editors.put(f.key(), editor);
            if (f.sourceInSameForm() != null) {
                sameFormPicks.put(f.key(), f.sourceInSameForm());
            }
            add(editor.component());
        }
    }

    /**
     * A joint form (decision record 033): its letters are written with {@code partnerName}, who reads them
     * too, so their help must not promise that only the writer and the therapist do.
     */
    void writtenWith(String partnerName) {
        editors.values().forEach(e -> {
            if (e instanceof LetterEditor letter) {
                letter.bodyHelp(getTranslation("homework.letter.body.helpJoint", partnerName));
            }
        });
    }

    private Div lensHeading(Lens lens, boolean reading, boolean current) {
        String name = getTranslation(lens.labelKey());
        var heading = new H3(reading ? getTranslation("lens.answers.title", name)
                : current ? getTranslation("lens.prompts.title") : getTranslation("lens.answers.earlier", name));
        var block = new Div(heading);
        if (!reading && current) {
            var help = new Paragraph(getTranslation("lens.prompts.help", name));
            help.addClassName("muted");
            block.add(help);
        }
        block.addClassName("lens-prompts-heading");
        block.getElement().setAttribute("data-lens", lens.name());
        return block;
    }

    private static boolean followsMoments(List<FieldSpec> fields, FieldSpec perMoment) {
        return fields.stream().anyMatch(f -> f.kind() == FieldKind.MOMENTS && f.key().equals(perMoment.source()));
    }

    private void refreshSameFormPicks() {
        sameFormPicks.forEach((pick, source) -> {
            FieldEditor from = editors.get(source);
            if (editors.get(pick) instanceof Editors.PickEditor editor && from != null) {
                editor.setOptions(from.values().stream().map(String::strip).filter(v -> !v.isEmpty()).distinct()
                        .toList());
            }
        });
    }

    /** Framework exercises carry message keys; the practice's own exercises carry their words. */
    static String text(Component c, boolean builtin, String value) {
        return builtin ? c.getTranslation(value) : value;
    }

    Answers collect() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        editors.forEach((key, editor) -> values.put(key, editor.values()));
        return new Answers(values);
    }

    void show(Answers answers) {
        editors.forEach((key, editor) -> {
            if (!sameFormPicks.containsKey(key)) {
                editor.setValues(answers.of(key));
            }
        });
        refreshSameFormPicks();
        sameFormPicks.keySet().forEach(key -> editors.get(key).setValues(answers.of(key)));
    }

    boolean hasErrors() {
        return editors.values().stream().anyMatch(FieldEditor::hasError);
    }

    boolean hasPrompt(String key) {
        return editors.containsKey(key);
    }

    void clearErrors() {
        editors.values().forEach(e -> e.setError(null));
    }

    /** Puts each message next to its prompt; returns the messages that have no prompt. */
    String showErrors(ValidationProblem problem) {
        clearErrors();
        StringBuilder unplaced = new StringBuilder();
        for (var e : problem.errors()) {
            FieldEditor editor = editors.get(e.field());
            String text = getTranslation(e.messageKey(), e.args().toArray());
            if (editor == null) {
                unplaced.append(unplaced.isEmpty() ? "" : " ").append(text);
            } else {
                editor.setError(text);
            }
        }
        return unplaced.toString();
    }

    void setReadOnly(boolean readOnly) {
        editors.values().forEach(e -> e.setReadOnly(readOnly));
    }
}
