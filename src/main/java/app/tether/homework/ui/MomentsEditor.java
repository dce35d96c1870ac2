package app.tether.homework.ui;

import app.tether.base.ValidationProblem;
import app.tether.base.ui.Dates;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.base.ui.SaveOnce;
import app.tether.base.ui.TextLimit;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.exceptionlog.MomentRef;
import app.tether.programme.FieldSpec;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A MOMENTS prompt with the PER_MOMENT questions that follow it: the client ticks moments of their
 * own log (a new one can be logged right here), and each picked moment gets its own block of
 * questions. The answers keep only the moments' ids; each PER_MOMENT answer is a list in the order of
 * the picked moments. Read-only, each moment shows its date and first words (with a link into the
 * case's log for the therapist) or says it is no longer in the log.
 */
final class MomentsEditor implements FieldEditor {

    /**
     * What a MOMENTS prompt needs beyond its spec: who looks, the moments, what a click does, and
     * whether older moments of the log were left out of the choices.
     */
    record Context(Map<Long, MomentRef> moments, long clientId, boolean forTherapist, Long caseId,
                   AddMoment add, boolean olderLeftOut) {

        static final Context NONE = new Context(Map.of(), 0, false, null, null);

        Context(Map<Long, MomentRef> moments, long clientId, boolean forTherapist, Long caseId, AddMoment add) {
            this(moments, clientId, forTherapist, caseId, add, false);
        }
    }

    /** Logs a new moment from the homework page; throws ValidationProblem when the moment is refused. */
    @FunctionalInterface
    interface AddMoment {
        MomentRef add(EntryInput input);
    }

    private final FieldSpec spec;
    private final List<FieldSpec> questions;
    private final boolean builtin;
    private final Context context;
    private final Component owner;
    private final Runnable onChange;
    private final Map<Long, MomentRef> known;
    private final List<Long> options = new ArrayList<>();
    private final Div root = new Div();
    private final Paragraph hint;
    private final CheckboxGroup<Long> group = new CheckboxGroup<>();
    private final Paragraph empty = new Paragraph();
    /** Says the list holds only the newest moments (with the marked and the already picked ones). */
    final Paragraph olderLeftOut = new Paragraph();
    private final Button add = new Button();
    private final Span error = new Span();
    private final Div answers = new Div();
    /** The picked moments in the order their answers are stored. */
    private List<Long> picked = new ArrayList<>();
    /** The ids as stored, which the PER_MOMENT lists line up with (may include moments gone from the log). */
    private List<Long> stored = new ArrayList<>();
    private final Map<Long, Map<String, TextArea>> areas = new HashMap<>();
    private final Map<String, FieldEditor> questionEditors = new LinkedHashMap<>();
    private boolean readOnly;
    /** Set while the options are redrawn, so only a change the client makes counts as picking. */
    private boolean refreshing;

    MomentsEditor(FieldSpec spec, String label, String help, List<String> offered, List<FieldSpec> questions,
                  boolean builtin, Context context, Component owner, Runnable onChange) {
        this.spec = spec;
        this.questions = questions;
        this.builtin = builtin;
        this.context = context;
        this.owner = owner;
        this.onChange = onChange;
        this.known = new LinkedHashMap<>(context.moments());
        offered.stream().filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).forEach(options::add);
        root.addClassNames("list-editor", "moments-editor");
        root.setId("field-" + spec.key());
        var title = new Span(label);
        title.addClassName("list-editor-label");
        hint = new Paragraph(help == null || help.isBlank()
                ? t("homework.moments.range", spec.minItems(), spec.maxItems()) : help);
        hint.addClassName("list-editor-help");
        group.setAriaLabel(label);
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setItemLabelGenerator(this::optionLabel);
        group.setManualValidation(true);
        group.setId("moments-" + spec.key());
        group.addValueChangeListener(e -> {
            if (!refreshing) {
                picked = new ArrayList<>(options.stream().filter(e.getValue()::contains).toList());
                setError(null);
                renderAnswers();
                onChange.run();
            }
        });
        empty.setText(t("homework.moments.empty"));
        empty.addClassName("muted");
        olderLeftOut.setText(t("homework.moments.olderLeftOut", ExceptionLogService.MOMENTS_OFFERED));
        olderLeftOut.addClassName("muted");
        olderLeftOut.setId("moments-older-left-out");
        olderLeftOut.setVisible(context.olderLeftOut());
        add.setText(t("homework.moments.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.setId("add-moment");
        add.addClickListener(e -> addDialog().open());
        add.setVisible(context.add() != null);
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        answers.addClassName("moment-answers");
        root.add(title, hint, group, olderLeftOut, empty, add, error, answers);
        for (FieldSpec q : questions) {
            questionEditors.put(q.key(), new Question(q));
        }
        refreshOptions();
    }

    /** The editors AnswerForm files the PER_MOMENT answers under; their component is this editor's. */
    Map<String, FieldEditor> questionEditors() {
        return questionEditors;
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    private String text(String value) {
        return AnswerForm.text(owner, builtin, value);
    }

    /** "Sat 12 Oct, 11:07 · At the market… · marked significant by your therapist": words, not colour. */
    String optionLabel(Long id) {
        MomentRef m = known.get(id);
        if (m == null) {
            return t("homework.moments.gone");
        }
        var parts = new ArrayList<String>();
        parts.add(Dates.dayAndTime(m.happenedAt()));
        parts.add(m.summary().isBlank() ? t("homework.moments.noWords") : m.summary());
        if (m.significantByTherapist()) {
            parts.add(t(context.forTherapist() ? "homework.moments.markedByYou" : "homework.moments.markedByTherapist"));
        } else if (m.significant()) {
            parts.add(t("homework.moments.feelsImportant"));
        }
        if (m.authorId() != context.clientId() && !m.authorName().isBlank()) {
            parts.add(t("homework.moments.from", m.authorName()));
        }
        if (m.withdrawn()) {
            parts.add(t("homework.moments.withdrawn"));
        }
        return String.join(" · ", parts);
    }

    private void refreshOptions() {
        refreshing = true;
        try {
            group.setItems(options);
            group.setValue(new LinkedHashSet<>(picked.stream().filter(options::contains).toList()));
        } finally {
            refreshing = false;
        }
        boolean none = options.isEmpty();
        group.setVisible(!readOnly && !none);
        empty.setVisible(!readOnly && none);
        renderAnswers();
    }

    private void renderAnswers() {
        answers.removeAll();
        for (int i = 0; i < picked.size(); i++) {
            long id = picked.get(i);
            MomentRef m = known.get(id);
            var block = new Div();
            block.addClassNames("moment-block");
            block.setId("moment-" + id);
            var head = new H4(t("homework.moments.number", i + 1) + " · "
                    + (m == null ? t("homework.moments.gone") : optionLabel(id)));
            head.addClassName("moment-head");
            block.add(head);
            if (m != null && context.forTherapist() && context.caseId() != null) {
                // Each link names its moment, so a list of links does not read as the same one repeated.
                var open = new Anchor("cases/" + context.caseId() + "/exceptions?entry=" + id,
                        t("homework.moments.open", i + 1, Dates.dayAndTime(m.happenedAt())));
                open.addClassName("moment-link");
                open.setId("open-moment-" + id);
                block.add(open);
            }
            for (FieldSpec q : questions) {
                block.add(area(id, q));
            }
            answers.add(block);
        }
    }

    private TextArea area(long id, FieldSpec q) {
        return areas.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(q.key(), k -> {
            var a = new TextArea(text(q.label()));
            a.setWidthFull();
            if (q.help() != null) {
                String help = text(q.help());
                if (!help.isBlank()) {
                    a.setHelperText(help);
                }
            }
            a.setRequiredIndicatorVisible(q.required() && !readOnly);
            a.setManualValidation(true);
            a.setValueChangeMode(ValueChangeMode.LAZY);
            a.setValueChangeTimeout(Editors.SAVE_AFTER_MS);
            TextLimit.on(a, q.maxLength());
            a.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    a.setInvalid(false);
                    onChange.run();
                }
            });
            a.setId("moment-" + id + "-" + q.key());
            TextLimit.setReadOnly(a, readOnly);
            return a;
        });
    }

    private Dialog addDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(t("homework.moments.add"));
        var intro = new Paragraph(t("homework.moments.add.intro"));
        intro.addClassName("muted");
        var when = app.tether.base.ui.Pickers.localise(new DateTimePicker(t("ex.log.when")));
        when.setValue(LocalDateTime.now().withSecond(0).withNano(0));
        when.setMax(LocalDateTime.now().plusMinutes(5));
        when.setId("new-moment-when");
        var context = new TextArea(t("ex.prompt.context"));
        var behaviour = new TextArea(t("ex.prompt.behaviour"));
        for (TextArea a : List.of(context, behaviour)) {
            a.setWidthFull();
            TextLimit.on(a, ExceptionLogService.PROMPT_MAX);
        }
        context.setId("new-moment-context");
        behaviour.setId("new-moment-behaviour");
        // One key per dialog: clicking save again after a lost answer returns the moment saved first.
        var requestKey = java.util.UUID.randomUUID();
        var errors = new FormErrors(owner).bind("happenedAt", when).bind("context", context)
                .bind("behaviour", behaviour);
        var body = new Div(intro, when, context, behaviour);
        body.addClassName("stack");
        dialog.add(body);
        var save = SaveOnce.button(t("homework.moments.add.save"), () -> {
            try {
                MomentRef m = this.context.add().add(new EntryInput(when.getValue(), context.getValue(),
                        behaviour.getValue(), null, null, null, List.of(), false, requestKey));
                added(m);
                dialog.close();
                Notices.success(t("homework.moments.added"));
            } catch (ValidationProblem p) {
                errors.report(p);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-new-moment");
        var cancel = new Button(t("common.cancel"), e -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(36rem, 100vw)");
        return dialog;
    }

    /** A moment logged here: offered after the marked ones (it is the newest), and picked if there is room. */
    void added(MomentRef m) {
        known.put(m.id(), m);
        int at = (int) options.stream().filter(id -> known.containsKey(id) && known.get(id).significant()).count();
        options.add(m.significant() ? 0 : at, m.id());
        if (picked.size() < spec.maxItems()) {
            var chosen = new LinkedHashSet<>(picked);
            chosen.add(m.id());
            picked = new ArrayList<>(options.stream().filter(chosen::contains).toList());
        }
        setError(null);
        refreshOptions();
        onChange.run();
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public List<String> values() {
        return picked.stream().map(String::valueOf).toList();
    }

    @Override
    public void setValues(List<String> values) {
        stored = new ArrayList<>(values.stream().filter(v -> v.strip().matches("\\d{1,18}"))
                .map(v -> Long.valueOf(v.strip())).toList());
        // While answering, only moments still offered stay picked; read-only shows what was sent.
        picked = new ArrayList<>(readOnly ? stored : stored.stream().filter(options::contains).toList());
        refreshOptions();
    }

    @Override
    public void setError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        group.setInvalid(message != null);
    }

    @Override
    public boolean hasError() {
        return error.isVisible() || questionEditors.values().stream().anyMatch(FieldEditor::hasError);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        hint.setVisible(!readOnly);
        olderLeftOut.setVisible(!readOnly && context.olderLeftOut());
        add.setVisible(!readOnly && context.add() != null);
        if (readOnly) {
            picked = new ArrayList<>(stored);
        }
        areas.values().forEach(m -> m.forEach((key, a) -> {
            TextLimit.setReadOnly(a, readOnly);
            a.setRequiredIndicatorVisible(!readOnly
                    && questions.stream().anyMatch(q -> q.key().equals(key) && q.required()));
        }));
        refreshOptions();
    }

    /** One PER_MOMENT question: its answers are the texts of the picked moments, in their order. */
    private final class Question implements FieldEditor {
        private final FieldSpec q;

        Question(FieldSpec q) {
            this.q = q;
        }

        @Override
        public Component component() {
            return root;
        }

        @Override
        public List<String> values() {
            return picked.stream().map(id -> area(id, q).getValue()).toList();
        }

        @Override
        public void setValues(List<String> values) {
            for (int i = 0; i < stored.size(); i++) {
                area(stored.get(i), q).setValue(i < values.size() ? values.get(i) : "");
            }
        }

        /** The message goes to the first picked moment whose answer to this question is missing or too long. */
        @Override
        public void setError(String message) {
            List<TextArea> mine = picked.stream().map(id -> area(id, q)).toList();
            mine.forEach(a -> a.setInvalid(false));
            if (message == null || mine.isEmpty()) {
                return;
            }
            TextArea target = mine.stream().filter(a -> a.getValue().isBlank()
                    || a.getValue().strip().length() > q.maxLength()).findFirst().orElse(mine.getFirst());
            target.setErrorMessage(message);
            target.setInvalid(true);
        }

        @Override
        public boolean hasError() {
            return picked.stream().anyMatch(id -> area(id, q).isInvalid());
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            // The whole block follows MomentsEditor#setReadOnly.
        }
    }
}
