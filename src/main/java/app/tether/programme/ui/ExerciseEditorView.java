package app.tether.programme.ui;

import app.tether.base.ui.SaveOnce;
import app.tether.base.ui.TextLimit;
import app.tether.base.ui.RouteIds;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.caseload.Lens;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.ExerciseDraft;
import app.tether.programme.ExerciseLibraryService;
import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import app.tether.programme.Recurrence;
import app.tether.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Write or edit one of the practice's own exercises. */
@Route("exercise-editor/:exerciseId?" + RouteIds.PATTERN)
@RolesAllowed(Roles.THERAPIST)
class ExerciseEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ExerciseLibraryService library;
    private ExerciseDefinition editing;
    final TextField title = new TextField();
    final Select<Integer> stage = new Select<>();
    final TextArea instructions = new TextArea();
    /** How often the exercise is done: once, every day or every week (decision record 034). */
    enum Often {
        ONCE(null), DAILY(Recurrence.DAILY), WEEKLY(Recurrence.WEEKLY);

        final Recurrence recurrence;

        Often(Recurrence recurrence) {
            this.recurrence = recurrence;
        }

        static Often of(Recurrence recurrence) {
            return recurrence == null ? ONCE : valueOf(recurrence.name());
        }
    }

    final com.vaadin.flow.component.radiobutton.RadioButtonGroup<Often> recurring =
            new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>();
    final CheckboxGroup<Lens> lenses = new CheckboxGroup<>();
    final CheckboxGroup<Integer> stages = new CheckboxGroup<>();
    final List<PromptRow> prompts = new ArrayList<>();
    private final Div promptList = new Div();
    final Button save = new Button();
    private final FormErrors errors = new FormErrors(this);

    /** The inputs for one prompt. */
    final class PromptRow extends Div {
        final TextField label = new TextField();
        final Select<FieldKind> kind = new Select<>();
        final TextField help = new TextField();
        final IntegerField min = new IntegerField();
        final IntegerField max = new IntegerField();
        final Checkbox required = new Checkbox();

        PromptRow(FieldSpec spec) {
            addClassName("prompt-row");
            label.setLabel(getTranslation("lib.editor.label"));
            label.setWidthFull();
            TextLimit.on(label, ExerciseLibraryService.LABEL_MAX);
            kind.setLabel(getTranslation("lib.editor.kind"));
            kind.setItems(FieldKind.TEXT, FieldKind.LIST, FieldKind.RANKED, FieldKind.RATING, FieldKind.DAYS, FieldKind.LETTER);
            kind.setItemLabelGenerator(k -> getTranslation("kindField." + k.name()));
            help.setLabel(getTranslation("lib.editor.help"));
            help.setWidthFull();
            TextLimit.on(help, ExerciseLibraryService.HELP_MAX);
            min.setLabel(getTranslation("lib.editor.min"));
            max.setLabel(getTranslation("lib.editor.max"));
            min.setStepButtonsVisible(true);
            max.setStepButtonsVisible(true);
            required.setLabel(getTranslation("lib.editor.required"));
            kind.addValueChangeListener(e -> adjust());
            if (spec != null) {
                label.setValue(spec.label());
                kind.setValue(spec.kind());
                help.setValue(spec.help() == null ? "" : spec.help());
                min.setValue(spec.minItems());
                max.setValue(spec.maxItems());
                required.setValue(spec.required());
            } else {
                kind.setValue(FieldKind.TEXT);
                required.setValue(true);
            }
            var remove = new Button(getTranslation("lib.editor.remove"), e -> {
                prompts.remove(this);
                renderPrompts();
            });
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            var form = new FormLayout(label, kind, help, min, max, required);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
            form.setColspan(label, 2);
            form.setColspan(help, 3);
            add(form, remove);
            adjust();
        }

        private void adjust() {
            FieldKind k = kind.getValue();
            boolean list = k == FieldKind.LIST || k == FieldKind.RANKED;
            min.setVisible(list);
            max.setVisible(list || k == FieldKind.DAYS);
            max.setLabel(getTranslation(k == FieldKind.DAYS ? "lib.editor.days" : "lib.editor.max"));
            required.setVisible(!list);
        }

        ExerciseDraft.FieldDraft draft() {
            return new ExerciseDraft.FieldDraft(label.getValue(), kind.getValue(), help.getValue(), min.getValue(),
                    max.getValue(), required.getValue());
        }
    }

    ExerciseEditorView(ExerciseLibraryService library) {
        this.library = library;
        addClassNames("page", "page-narrow");
        title.setLabel(getTranslation("lib.editor.name"));
        title.setWidthFull();
        TextLimit.on(title, ExerciseLibraryService.TITLE_MAX);
        title.setId("exercise-title");
        stage.setLabel(getTranslation("lib.editor.stage"));
        stage.setItems(IntStream.rangeClosed(1, 6).boxed().toList());
        stage.setItemLabelGenerator(n -> n + " · " + getTranslation("stage." + n));
        instructions.setLabel(getTranslation("lib.editor.instructions"));
        instructions.setWidthFull();
        TextLimit.on(instructions, ExerciseLibraryService.INSTRUCTIONS_MAX);
        recurring.setLabel(getTranslation("loop.editor.often"));
        recurring.setItems(Often.values());
        recurring.setItemLabelGenerator(v -> getTranslation("loop.editor.often." + v.name()));
        recurring.setValue(Often.ONCE);
        recurring.setId("exercise-recurrence");
        lenses.setLabel(getTranslation("lib.editor.lenses"));
        lenses.setHelperText(getTranslation("lib.editor.lenses.help"));
        lenses.setItems(Lens.values());
        lenses.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        lenses.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        lenses.setId("exercise-lenses");
        stages.setLabel(getTranslation("lib.editor.stages"));
        stages.setHelperText(getTranslation("lib.editor.stages.help"));
        stages.setItems(IntStream.rangeClosed(1, 6).boxed().toList());
        stages.setItemLabelGenerator(n -> n + " · " + getTranslation("stage." + n));
        stages.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        stages.setId("exercise-stages");
        // The exercise's own stage is always one it suits, so it is not offered as an extra one.
        stage.addValueChangeListener(e -> stages.setItemEnabledProvider(n -> !n.equals(e.getValue())));
        save.setText(getTranslation("lib.editor.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        SaveOnce.onClick(save, this::save);
        save.setId("save-exercise");
        errors.bind("title", title).bind("stage", stage).bind("instructions", instructions).bind("stages", stages);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("exerciseId").isPresent()) {
            // A refusal propagates to the one not-found handler (RefusedView).
            editing = library.exercise(RouteIds.get(event, "exerciseId").orElseThrow(NotFoundException::new));
            if (editing.builtin()) {
                throw new NotFoundException();
            }
            title.setValue(editing.title());
            stage.setValue(editing.stage());
            instructions.setValue(editing.instructions());
            recurring.setValue(Often.of(editing.recurrence()));
            lenses.setValue(editing.lenses());
            stages.setValue(editing.stages());
            editing.fields().forEach(f -> prompts.add(new PromptRow(f)));
        } else {
            stage.setValue(1);
            prompts.add(new PromptRow(null));
        }
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation(editing == null ? "lib.editor.title.new" : "lib.editor.title.edit")));
        if (editing != null) {
            var note = new Paragraph(getTranslation("lib.editor.note"));
            note.addClassName("muted");
            add(note);
        }
        var main = new Div(title, stage, instructions, recurring, lenses, stages);
        main.addClassNames("panel", "stack");
        var add = new Button(getTranslation("lib.editor.addPrompt"), e -> {
            prompts.add(new PromptRow(null));
            renderPrompts();
        });
        add.addThemeVariants(ButtonVariant.TERTIARY);
        var promptPanel = new Div(new H3(getTranslation("lib.editor.prompts")), promptList, add);
        promptPanel.addClassName("panel");
        add(main, promptPanel, save);
        renderPrompts();
    }

    private void renderPrompts() {
        promptList.removeAll();
        for (int i = 0; i < prompts.size(); i++) {
            var heading = new H3(getTranslation("lib.editor.prompt", i + 1));
            heading.addClassName("prompt-heading");
            promptList.add(heading, prompts.get(i));
        }
    }

    private void save() {
        Recurrence often = recurring.getValue() == null ? null : recurring.getValue().recurrence;
        var draft = new ExerciseDraft(title.getValue(), stage.getValue(), instructions.getValue(),
                prompts.stream().map(PromptRow::draft).toList(), lenses.getValue(),
                stages.getValue().stream().filter(n -> !n.equals(stage.getValue())).collect(java.util.stream.Collectors.toSet()),
                often);
        prompts.forEach(p -> {
            p.label.setInvalid(false);
            p.label.setErrorMessage(null);
        });
        try {
            editing = editing == null ? library.create(draft) : library.update(editing.id(), draft, editing.version());
            errors.clear();
            Notices.success(getTranslation("lib.editor.saved"));
            getUI().ifPresent(ui -> ui.navigate(ExerciseLibraryView.class));
        } catch (ValidationProblem p) {
            errors.show(p);
            for (var e : p.errors()) {
                if (e.field().startsWith("field.")) {
                    int index = Integer.parseInt(e.field().substring(6));
                    var label = prompts.get(index).label;
                    label.setErrorMessage(getTranslation(e.messageKey(), e.args().toArray()));
                    label.setInvalid(true);
                } else if (e.field().equals("fields")) {
                    Notices.error(getTranslation(e.messageKey(), e.args().toArray()));
                }
            }
        } catch (StaleDataException e) {
            editing = library.exercise(editing.id());
            Notices.error(getTranslation("common.stale"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lib.title") + " · " + getTranslation("app.name");
    }
}
