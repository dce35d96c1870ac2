package app.tether.homework.ui;

import app.tether.base.ui.Pickers;
import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditedOpening;
import app.tether.base.ui.RouteIds;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.ui.OpenCase;
import app.tether.caseload.ClientRef;
import app.tether.homework.AssignRequest;
import app.tether.homework.AssignmentStatus;
import app.tether.homework.AssignmentSummary;
import app.tether.homework.CaseHomework;
import app.tether.homework.DuplicateAssignmentException;
import app.tether.homework.ExerciseChoice;
import app.tether.homework.NotReadyToTalkException;
import app.tether.homework.OpenDuplicate;
import app.tether.homework.HomeworkService;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.ExerciseLibraryService;
import app.tether.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;

/** A case's homework for the therapist: assign exercises or a stage set, follow up, open answers. */
@Route("cases/:caseId" + RouteIds.PATTERN + "/homework")
@RolesAllowed(Roles.THERAPIST)
class CaseHomeworkView extends Div implements BeforeEnterObserver, HasDynamicTitle, AuditedOpening {

    enum Mode { STAGE_SET, ONE }

    private final HomeworkService homework;
    private final ExerciseLibraryService library;
    private CaseDetails details;

    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final ComboBox<ExerciseDefinition> exercise = new ComboBox<>();
    final CheckboxGroup<ClientRef> clients = new CheckboxGroup<>();
    final DatePicker dueOn = Pickers.localise(new DatePicker());
    final TextArea note = new TextArea();
    final Button assign = new Button();
    private final FormErrors errors = new FormErrors(this);

    CaseHomeworkView(HomeworkService homework, ExerciseLibraryService library) {
        this.homework = homework;
        this.library = library;
        mode.setLabel(getTranslation("hw.assign.mode"));
        mode.setItems(Mode.values());
        exercise.setLabel(getTranslation("hw.assign.exercise"));
        exercise.setItems(library.library());
        exercise.setItemLabelGenerator(e -> e.stage() + " · " + AnswerForm.text(this, e.builtin(), e.title()));
        exercise.setWidthFull();
        exercise.setId("assign-exercise");
        clients.setLabel(getTranslation("hw.assign.clients"));
        clients.setItemLabelGenerator(ClientRef::displayName);
        dueOn.setLabel(getTranslation("hw.assign.due"));
        dueOn.setHelperText(getTranslation("hw.assign.due.help"));
        dueOn.setId("assign-due");
        note.setLabel(getTranslation("hw.assign.note"));
        note.setWidthFull();
        app.tether.base.ui.TextLimit.on(note, HomeworkService.NOTE_MAX);
        assign.setText(getTranslation("hw.assign.submit"));
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        assign.setDisableOnClick(true);
        assign.addClickListener(e -> assign());
        assign.setId("assign");
        errors.bind("exercise", exercise).bind("clients", clients).bind("dueOn", dueOn).bind("note", note);
        mode.addValueChangeListener(e -> {
            exercise.setVisible(e.getValue() == Mode.ONE);
            proposeDueDate();
        });
        exercise.addValueChangeListener(e -> proposeDueDate());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        details = OpenCase.of(event).details();
        clients.setItems(details.clients());
        mode.setItemLabelGenerator(m -> m == Mode.ONE ? getTranslation("hw.assign.one") : stageSetLabel());
        if (details.enrolment() == null) {
            mode.setVisible(false);
        }
        resetForm();
        render();
    }

    /** The form as a new visit shows it: the stage set (or one exercise), every client, the proposed due date. */
    private void resetForm() {
        Mode initial = details.enrolment() == null ? Mode.ONE : Mode.STAGE_SET;
        exercise.clear();
        clients.setValue(new HashSet<>(details.clients()));
        note.clear();
        if (mode.getValue() == initial) {
            proposeDueDate();
        } else {
            mode.setValue(initial);
        }
        errors.clear();
    }

    private String stageSetLabel() {
        if (details.enrolment() == null) {
            return "";
        }
        int stage = details.enrolment().stage().number();
        return getTranslation("hw.assign.stageSet", stage, stageSetNames(stage));
    }

    private final java.util.Map<Integer, List<ExerciseDefinition>> stageSets = new java.util.HashMap<>();

    private List<ExerciseDefinition> stageSet(int stage) {
        return stageSets.computeIfAbsent(stage, library::stageSet);
    }

    private String stageSetNames(int stage) {
        return app.tether.base.ui.Lists.join(stageSet(stage).stream()
                .map(e -> AnswerForm.text(this, e.builtin(), e.title())).toList());
    }

    private void proposeDueDate() {
        int stage = mode.getValue() == Mode.ONE && exercise.getValue() != null ? exercise.getValue().stage()
                : details.enrolment() == null ? 1 : details.enrolment().stage().number();
        dueOn.setValue(homework.defaultDueDate(details.caseId(), stage));
    }

    private void render() {
        removeAll();
        CaseHomework hw = homework.caseHomework(details.caseId());

        // The frame shows the closed notice; a closed case has no work to do, so nothing waits.
        // Sent work comes first: it is what the therapist has to do, the longest waiting on top.
        List<AssignmentSummary> waiting = details.closed() ? List.of() : hw.assignments().stream()
                .filter(AssignmentSummary::awaitingReview).sorted(Comparator.comparing(AssignmentSummary::submittedAt))
                .toList();
        if (!waiting.isEmpty()) {
            var waitingPanel = new Div(new H3(getTranslation("hw.waiting.title", waiting.size())));
            waitingPanel.addClassNames("panel", "waiting-panel");
            waitingPanel.setId("case-waiting");
            waiting.forEach(a -> waitingPanel.add(row(a)));
            add(waitingPanel);
        }

        if (!details.closed() && hw.suggestedStage() != null) {
            int next = hw.suggestedStage();
            var go = app.tether.base.ui.SaveOnce.button(getTranslation("hw.suggest.button", next), () -> assignSet(next));
            go.addThemeVariants(ButtonVariant.PRIMARY);
            go.setId("assign-suggested");
            var banner = new Div(new Paragraph(getTranslation("hw.suggest", next, stageSetNames(next))), go);
            banner.addClassNames("panel", "suggestion");
            add(banner);
        }

        var form = new FormLayout(mode, exercise, clients, dueOn, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(mode, 2);
        form.setColspan(exercise, 2);
        form.setColspan(note, 2);
        var assignPanel = new Div(new H3(getTranslation("hw.assign")));
        if (!details.closed()) {
            suggestions().ifPresent(assignPanel::add);
        }
        assignPanel.add(form, assign);
        assignPanel.addClassName("panel");
        if (!details.closed()) {
            add(assignPanel);
        }

        var list = new Div(new H3(getTranslation("hw.title")));
        list.addClassName("panel");
        list.setId("case-homework");
        if (hw.assignments().isEmpty()) {
            list.add(new Paragraph(getTranslation("hw.empty")));
        }
        hw.assignments().stream().filter(a -> a.status() != AssignmentStatus.CANCELLED && !waiting.contains(a))
                .forEach(a -> list.add(row(a)));
        add(list);
    }

    /**
     * The practice's own exercises tagged for the case's lens and stage (decision record 032): choosing
     * one puts it in the form as the one exercise to assign.
     */
    private java.util.Optional<Div> suggestions() {
        if (details.enrolment() == null) {
            return java.util.Optional.empty();
        }
        List<ExerciseDefinition> suggested = library.suggestedFor(details.caseId());
        if (suggested.isEmpty()) {
            return java.util.Optional.empty();
        }
        var heading = new Paragraph(getTranslation("hw.assign.suggested"));
        heading.addClassName("fact-label");
        var help = new Paragraph(getTranslation("hw.assign.suggested.help",
                getTranslation(details.enrolment().lens().labelKey()), details.enrolment().stage().number()));
        help.addClassName("muted");
        var list = new Div();
        list.addClassName("suggested-exercises");
        for (ExerciseDefinition e : suggested) {
            var choose = new Button(getTranslation("hw.assign.suggested.choose", AnswerForm.text(this, e.builtin(), e.title())), ev -> {
                mode.setValue(Mode.ONE);
                exercise.setValue(exercise.getListDataView().getItems().filter(x -> x.id() == e.id()).findFirst()
                        .orElse(e));
                exercise.focus();
            });
            choose.addThemeVariants(ButtonVariant.SMALL);
            choose.addClassName("suggested-exercise");
            list.add(choose);
        }
        var block = new Div(heading, help, list);
        block.setId("lens-suggestions");
        block.addClassName("lens-suggestions");
        return java.util.Optional.of(block);
    }

    private Div row(AssignmentSummary a) {
        var title = new Span(AnswerForm.text(this, a.builtin(), a.title()));
        title.addClassName("cell-title");
        // Open work in a closed case was never sent and never will be; overdue work says so in words too.
        boolean unsent = details.closed() && a.status() == AssignmentStatus.OPEN;
        var status = new Span(unsent ? getTranslation("hw.status.unsent")
                : a.overdue() ? getTranslation("hw.status.overdue") : getTranslation("status." + a.status().name()));
        status.addClassNames("pill", unsent ? "pill-closed"
                : "pill-status-" + (a.overdue() ? "overdue" : a.status().name().toLowerCase()));
        var top = new Div(title, status);
        top.addClassName("case-card-top");
        var meta = new Span(a.clientName() + " · " + getTranslation("homework.stage", a.stage())
                + (unsent ? "" : " · " + HomeworkText.when(this, a)));
        meta.addClassName("muted");
        var actions = new Div();
        actions.addClassName("row-actions");
        if (a.submittedAt() != null) {
            var read = new RouterLink(getTranslation("hw.read"), ReviewView.class, RouteIds.of("assignmentId", a.id()));
            read.addClassName("read-link");
            actions.add(read);
        }
        if (a.open() && a.recurrence() == null && !details.closed()) {
            var due = new Button(getTranslation("hw.changeDue"), e -> changeDue(a));
            due.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            actions.add(due);
        }
        if ((a.status() == AssignmentStatus.OPEN || a.status() == AssignmentStatus.SUBMITTED) && !details.closed()) {
            var cancel = new Button(getTranslation("hw.cancel"), e -> cancel(a));
            cancel.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            actions.add(cancel);
        }
        var row = new Div(top, meta, actions);
        row.addClassName("homework-row");
        return row;
    }

    private void assign() {
        try {
            List<Long> ids = mode.getValue() == Mode.ONE
                    ? (exercise.getValue() == null ? List.of() : List.of(exercise.getValue().id()))
                    : stageSet(details.enrolment().stage().number()).stream().map(ExerciseDefinition::id).toList();
            var request = new AssignRequest(details.caseId(), ids,
                    clients.getValue().stream().map(ClientRef::accountId).toList(), dueOn.getValue(), note.getValue());
            submit(request, this::showFormProblem);
        } finally {
            assign.setEnabled(true);
        }
    }

    private void assignSet(int stage) {
        submit(new AssignRequest(details.caseId(), stageSet(stage).stream().map(ExerciseDefinition::id).toList(),
                details.clients().stream().map(ClientRef::accountId).toList(), null, null),
                p -> Notices.error(new FormErrors(this).show(p)));
    }

    /** Assigns, first asking about anything already open; after success the form starts afresh. */
    private void submit(AssignRequest request, Consumer<ValidationProblem> onProblem) {
        try {
            done(homework.assign(request));
        } catch (NotReadyToTalkException n) {
            errors.clear();
            askAboutReadiness(request, n, onProblem);
        } catch (DuplicateAssignmentException d) {
            errors.clear();
            askAboutDuplicates(request, d.duplicates(), onProblem);
        } catch (ValidationProblem p) {
            onProblem.accept(p);
        }
    }

    private void done(List<AssignmentSummary> created) {
        if (created.isEmpty()) {
            Notices.success(getTranslation("hw.assign.nothingNew"));
        } else {
            Notices.success(getTranslation("hw.assign.done", created.size()));
        }
        resetForm();
        render();
    }

    private void showFormProblem(ValidationProblem p) {
        String rest = errors.show(p);
        if (!rest.isEmpty()) {
            Notices.error(rest);
        }
    }

    /**
     * The couple is marked not ready for exercises that have them talk together: names those in the
     * request and what each partner could do alone at the same stage. "Go back" is the default (Enter,
     * Escape); assigning them needs a deliberate click, and when the request holds other exercises they
     * can be assigned without the talking ones.
     */
    Dialog askAboutReadiness(AssignRequest request, NotReadyToTalkException n, Consumer<ValidationProblem> onProblem) {
        var lines = new Div();
        lines.addClassName("duplicate-list");
        lines.add(new Paragraph(getTranslation("hw.notReady.intro", app.tether.base.ui.Lists.join(
                n.talking().stream().map(e -> AnswerForm.text(this, e.builtin(), e.title())).toList()))));
        if (!n.alternatives().isEmpty()) {
            lines.add(new Paragraph(getTranslation("hw.notReady.alternatives")));
            var list = new com.vaadin.flow.component.html.UnorderedList();
            list.setId("not-ready-alternatives");
            n.alternatives().forEach(e -> list.add(new com.vaadin.flow.component.html.ListItem(
                    AnswerForm.text(this, e.builtin(), e.title()))));
            lines.add(list);
        }
        lines.add(new Paragraph(getTranslation("hw.notReady.question")));
        var dialog = new Dialog(lines);
        dialog.setHeaderTitle(getTranslation("hw.notReady.title"));
        dialog.setId("not-ready-dialog");
        var back = new Button(getTranslation("hw.notReady.back"), e -> dialog.close());
        back.addThemeVariants(ButtonVariant.PRIMARY);
        back.setAutofocus(true);
        back.setId("not-ready-back");
        var anyway = new Button(getTranslation("hw.notReady.assign"), e -> {
            dialog.close();
            submit(request.confirmingNotReady(), onProblem);
        });
        anyway.addThemeVariants(ButtonVariant.TERTIARY);
        anyway.setId("not-ready-assign");
        var talking = n.talking().stream().map(ExerciseChoice::exerciseId).collect(java.util.stream.Collectors.toSet());
        var others = request.withoutExercises(talking);
        if (!others.exerciseIds().isEmpty()) {
            var onlyOthers = new Button(getTranslation("hw.notReady.others"), e -> {
                dialog.close();
                submit(others, onProblem);
            });
            onlyOthers.setId("not-ready-others");
            dialog.getFooter().add(anyway, onlyOthers, back);
        } else {
            dialog.getFooter().add(anyway, back);
        }
        dialog.open();
        return dialog;
    }

    /** "Hope Questions is already open for Zhou Ting. Assign again?" with assign anyway, skip those, or cancel. */
    ConfirmDialog askAboutDuplicates(AssignRequest request, List<OpenDuplicate> duplicates,
                                     Consumer<ValidationProblem> onProblem) {
        var lines = DuplicateList.of(this, duplicates);
        int requested = request.exerciseIds().size() * request.clientIds().size();
        boolean somethingElse = duplicates.size() < requested;
        lines.add(new Paragraph(getTranslation(somethingElse ? "hw.duplicate.question.some"
                : "hw.duplicate.question.all", duplicates.size())));
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("hw.duplicate.title"));
        dialog.setText(lines);
        var again = request.with(AssignRequest.Duplicates.ASSIGN_AGAIN);
        if (somethingElse) {
            // The safe choice is the default one (Enter): only what is not open yet.
            dialog.setConfirmText(getTranslation("hw.duplicate.skip"));
            dialog.addConfirmListener(e -> submit(request.with(AssignRequest.Duplicates.SKIP), onProblem));
            dialog.setRejectable(true);
            dialog.setRejectText(getTranslation("hw.duplicate.againAll"));
            dialog.setRejectButtonTheme("tertiary");
            dialog.addRejectListener(e -> submit(again, onProblem));
        } else {
            dialog.setConfirmText(getTranslation("hw.duplicate.again"));
            dialog.addConfirmListener(e -> submit(again, onProblem));
        }
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setId("duplicate-dialog");
        dialog.open();
        return dialog;
    }

    private void changeDue(AssignmentSummary a) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("hw.changeDue"));
        var picker = Pickers.localise(new DatePicker(getTranslation("hw.assign.due"), a.dueOn()));
        var dialogErrors = new FormErrors(this).bind("dueOn", picker);
        var save = app.tether.base.ui.SaveOnce.button(getTranslation("common.save"), () -> {
            try {
                homework.changeDueDate(a.id(), picker.getValue(), a.version());
                Notices.success(getTranslation("hw.dueChanged"));
                dialog.close();
                render();
            } catch (ValidationProblem p) {
                dialogErrors.report(p);
            } catch (StaleDataException ex) {
                dialog.close();
                render();
                Notices.error(getTranslation("common.stale"));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(picker);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void cancel(AssignmentSummary a) {
        String title = AnswerForm.text(this, a.builtin(), a.title());
        var confirm = new ConfirmDialog(getTranslation("hw.cancel"), getTranslation("hw.cancel.confirm", title,
                a.clientName()), getTranslation("hw.cancel"), e -> {
            try {
                homework.cancel(a.id(), a.version());
                Notices.success(getTranslation("hw.cancelled"));
            } catch (ValidationProblem p) {
                Notices.error(new FormErrors(this).show(p));
            } catch (StaleDataException ex) {
                Notices.error(getTranslation("common.stale"));
            }
            render();
        }, getTranslation("common.cancel"), e -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hw.title") + " · " + getTranslation("app.name");
    }

    @Override
    public AuditEvent auditedOpening() {
        return details == null ? null
                : AuditEvent.opened(AuditAction.CASE_HOMEWORK_OPENED, details.caseId(), "CASE", details.caseId());
    }
}
