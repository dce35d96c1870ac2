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
    private final app.tether.homework.WeeklyLoopService loop;
    private CaseDetails details;

    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final ComboBox<ExerciseDefinition> exercise = new ComboBox<>();
    final CheckboxGroup<ClientRef> clients = new CheckboxGroup<>();
    final DatePicker dueOn = Pickers.localise(new DatePicker());
    final TextArea note = new TextArea();
    /** Couples only: give the chosen exercise (or the set's talking-together ones) as joint (decision 033). */
    final com.vaadin.flow.component.checkbox.Checkbox joint = new com.vaadin.flow.component.checkbox.Checkbox();
    final Button assign = new Button();
    private final FormErrors errors = new FormErrors(this);

    CaseHomeworkView(HomeworkService homework, ExerciseLibraryService library,
                     app.tether.homework.WeeklyLoopService loop) {
        this.loop = loop;
        this.homework = homework;
        this.library = library;
        mode.setLabel(getTranslation("hw.assign.mode"));
        mode.setItems(Mode.values());
        exercise.setLabel(getTranslation("hw.assign.exercise"));
        exercise.setItems(library.library());
        // A built-in letter is given at the case's current stage (decision record 035): no stage number.
        exercise.setItemLabelGenerator(e -> app.tether.programme.LetterExercises.isLetter(e.code())
                ? AnswerForm.text(this, e.builtin(), e.title())
                : e.stage() + " · " + AnswerForm.text(this, e.builtin(), e.title()));
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
        joint.setLabel(getTranslation("hw.assign.joint"));
        joint.setId("assign-joint");
        errors.bind("exercise", exercise).bind("clients", clients).bind("dueOn", dueOn).bind("note", note)
                .bind("joint", joint);
        mode.addValueChangeListener(e -> {
            exercise.setVisible(e.getValue() == Mode.ONE);
            proposeDueDate();
            proposeJoint();
        });
        exercise.addValueChangeListener(e -> {
            proposeDueDate();
            proposeJoint();
        });
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
            proposeJoint();
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

    /**
     * Which of the chosen exercises "joint" applies to: the one exercise (unless it recurs), or in a stage
     * set its talking-together ones. Empty outside couple cases.
     */
    private List<ExerciseDefinition> jointCandidates() {
        if (details == null) {
            return List.of();
        }
        if (mode.getValue() == Mode.ONE || details.enrolment() == null) {
            return JointProposal.candidates(details.kind(), exercise.getValue());
        }
        return JointProposal.candidates(details.kind(), stageSet(details.enrolment().stage().number()));
    }

    /** Hope Questions and Collaborative Stance are joint by default for a couple; anything else is not. */
    private void proposeJoint() {
        JointProposal.propose(this, joint, jointCandidates());
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
            onePerJointPair(waiting).forEach(a -> waitingPanel.add(row(a)));
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

        var form = new FormLayout(mode, exercise, clients, joint, dueOn, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(mode, 2);
        form.setColspan(exercise, 2);
        form.setColspan(note, 2);
        form.setColspan(joint, 2);
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
        onePerJointPair(hw.assignments().stream()
                .filter(a -> a.status() != AssignmentStatus.CANCELLED && !waiting.contains(a)).toList())
                .forEach(a -> list.add(row(a)));
        add(list);
        loopTimelines().ifPresent(this::add);
    }

    /** The weekly loop per client, week by week (decision record 034); shown once any client has sent some of it. */
    private java.util.Optional<Div> loopTimelines() {
        var timelines = loop.timeline(details.caseId());
        if (timelines.stream().allMatch(t -> t.weeks().isEmpty())) {
            return java.util.Optional.empty();
        }
        var panel = new Div(new H3(getTranslation("loop.timeline.title")));
        panel.addClassNames("panel", "loop-panel");
        panel.setId("loop-timelines");
        var row = new Div();
        row.addClassName("loop-timelines");
        LoopPanels.timelines(this, timelines).forEach(row::add);
        panel.add(row);
        return java.util.Optional.of(panel);
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

    /** A joint exercise is one piece of work: its pair shows once, the first copy standing for both. */
    private static List<AssignmentSummary> onePerJointPair(List<AssignmentSummary> rows) {
        var seen = new HashSet<String>();
        return rows.stream().filter(a -> !a.joint() || seen.add(a.jointKey())).toList();
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
        // A joint pair is one row: both names in the case's order, whichever copy stands for it.
        String who = a.joint() && details.clients().size() == 2
                ? getTranslation("hw.joint.pairNames", details.clients().get(0).displayName(),
                        details.clients().get(1).displayName()) + " · " + getTranslation("hw.joint.marker")
                : a.clientName();
        var meta = new Span(who + " · " + getTranslation("homework.stage", a.stage())
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
                    clients.getValue().stream().map(ClientRef::accountId).toList(), dueOn.getValue(), note.getValue())
                    .joint(JointProposal.chosen(joint, jointCandidates()));
            submit(request, this::showFormProblem);
        } finally {
            assign.setEnabled(true);
        }
    }

    private void assignSet(int stage) {
        // As in the form: a couple's talking-together exercises of the set come as joint (decision 033).
        List<Long> joint = JointProposal.candidates(details.kind(), stageSet(stage)).stream()
                .map(ExerciseDefinition::id).toList();
        submit(new AssignRequest(details.caseId(), stageSet(stage).stream().map(ExerciseDefinition::id).toList(),
                details.clients().stream().map(ClientRef::accountId).toList(), null, null).joint(joint),
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

    /** The couple is marked not ready for the talking-together exercises asked for: see {@link NotReadyDialog}. */
    Dialog askAboutReadiness(AssignRequest request, NotReadyToTalkException n, Consumer<ValidationProblem> onProblem) {
        var others = request.withoutExercises(NotReadyDialog.talking(n));
        return NotReadyDialog.open(this, n, () -> submit(request.confirmingNotReady(), onProblem),
                others.exerciseIds().isEmpty() ? null : () -> submit(others, onProblem));
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
