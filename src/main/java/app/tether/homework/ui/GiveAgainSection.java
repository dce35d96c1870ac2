package app.tether.homework.ui;

import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.base.ui.SaveOnce;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.ui.CaseOverviewSection;
import app.tether.homework.AssignRequest;
import app.tether.homework.AssignmentSummary;
import app.tether.homework.DoneExercise;
import app.tether.homework.DuplicateAssignmentException;
import app.tether.homework.HomeworkService;
import app.tether.homework.NotReadyToTalkException;
import app.tether.homework.OpenDuplicate;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Comparator;
import java.util.List;

/**
 * On a case's overview after a move back to an earlier stage: offers to give that stage's exercises
 * again, picked from those already done, as new homework. Homework draws it because the overview
 * (caseload) cannot depend on homework.
 */
@org.springframework.stereotype.Component
class GiveAgainSection implements CaseOverviewSection {

    private final HomeworkService homework;

    GiveAgainSection(HomeworkService homework) {
        this.homework = homework;
    }

    @Override
    public Component create(CaseDetails details, Runnable changed) {
        if (details.closed() || details.enrolment() == null || !details.enrolment().returned()) {
            return null;
        }
        List<DoneExercise> done = homework.doneInCurrentStage(details.caseId());
        return done.isEmpty() ? null : new Panel(homework, details, done, changed);
    }

    /** The offer itself: the done exercises to tick, and the button. */
    static final class Panel extends Div {

        private final HomeworkService homework;
        private final CaseDetails details;
        private final Runnable changed;
        final CheckboxGroup<DoneExercise> exercises = new CheckboxGroup<>();
        final Button give = new Button();
        private final FormErrors errors = new FormErrors(this);

        Panel(HomeworkService homework, CaseDetails details, List<DoneExercise> done, Runnable changed) {
            this.homework = homework;
            this.details = details;
            this.changed = changed;
            addClassNames("panel", "give-again");
            setId("give-again");
            exercises.setLabel(getTranslation("case.giveAgain.pick"));
            exercises.setItems(done);
            exercises.setItemLabelGenerator(d -> getTranslation("case.giveAgain.item",
                    AnswerForm.text(this, d.builtin(), d.title()), app.tether.base.ui.Lists.join(d.clientNames())));
            exercises.setId("give-again-exercises");
            give.setText(getTranslation("case.giveAgain.submit"));
            give.addThemeVariants(ButtonVariant.PRIMARY);
            give.setId("give-again-submit");
            SaveOnce.onClick(give, () -> submit(AssignRequest.Duplicates.ASK));
            errors.bind("exercise", exercises);
            add(new H3(getTranslation("case.giveAgain.title")),
                    new Paragraph(getTranslation("case.giveAgain.help", details.enrolment().stage().number())),
                    exercises, give);
        }

        private List<Long> chosen() {
            return exercises.getValue().stream().sorted(Comparator.comparing(DoneExercise::exerciseId))
                    .map(DoneExercise::exerciseId).toList();
        }

        void submit(AssignRequest.Duplicates duplicates) {
            submit(chosen(), duplicates, false);
        }

        private void submit(List<Long> ids, AssignRequest.Duplicates duplicates, boolean notReadyConfirmed) {
            try {
                List<AssignmentSummary> created = homework.giveAgain(details.caseId(), ids, duplicates,
                        notReadyConfirmed);
                errors.clear();
                Notices.success(created.isEmpty() ? getTranslation("hw.assign.nothingNew")
                        : getTranslation("case.giveAgain.done", created.size()));
                changed.run();
            } catch (NotReadyToTalkException n) {
                errors.clear();
                var talking = NotReadyDialog.talking(n);
                List<Long> others = ids.stream().filter(id -> !talking.contains(id)).toList();
                NotReadyDialog.open(this, n, () -> submit(ids, duplicates, true),
                        others.isEmpty() ? null : () -> submit(others, duplicates, false));
            } catch (DuplicateAssignmentException d) {
                errors.clear();
                ask(ids, d.duplicates(), notReadyConfirmed);
            } catch (ValidationProblem p) {
                String rest = errors.show(p);
                if (!rest.isEmpty()) {
                    Notices.error(rest);
                }
            }
        }

        /** Some of it is open or waiting for review already: give it again anyway, or only the rest. */
        ConfirmDialog ask(List<Long> ids, List<OpenDuplicate> duplicates, boolean notReadyConfirmed) {
            var lines = DuplicateList.of(this, duplicates);
            lines.add(new Paragraph(getTranslation("hw.duplicate.question.some")));
            var dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("hw.duplicate.title"));
            dialog.setText(lines);
            // The safe choice is the default one (Enter): only what is not open yet.
            dialog.setConfirmText(getTranslation("hw.duplicate.skip"));
            dialog.addConfirmListener(e -> submit(ids, AssignRequest.Duplicates.SKIP, notReadyConfirmed));
            dialog.setRejectable(true);
            dialog.setRejectText(getTranslation("hw.duplicate.againAll"));
            dialog.setRejectButtonTheme("tertiary");
            dialog.addRejectListener(e -> submit(ids, AssignRequest.Duplicates.ASSIGN_AGAIN, notReadyConfirmed));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("common.cancel"));
            dialog.setId("give-again-duplicates");
            dialog.open();
            return dialog;
        }
    }
}
