package app.tether.homework.ui;

import app.tether.base.ui.ClosedCaseNotice;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Lens;
import java.time.LocalDate;
import app.tether.base.ui.RouteIds;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.Dates;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.base.ui.SaveOnce;
import app.tether.homework.AssignmentDetail;
import app.tether.homework.AssignmentStatus;
import app.tether.homework.DraftSaved;
import app.tether.homework.LensAnswers;
import app.tether.homework.MyHomeworkService;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.exceptionlog.ui.PatternSummary;
import app.tether.programme.FrameworkExercises;
import app.tether.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The client answers one exercise. Every pause in typing saves a draft, so leaving, refreshing
 * or a dropped connection loses nothing; sending creates a numbered version.
 */
@Route("homework/:assignmentId" + RouteIds.PATTERN)
@RolesAllowed(Roles.CLIENT)
class HomeworkAnswerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MyHomeworkService homework;
    private final CaseloadService caseload;
    private final ExceptionLogService log;
    private final app.tether.homework.JointAnswerService joint;
    private final app.tether.homework.WeeklyLoopService loop;
    private final app.tether.homework.LetterHomeworkService letters;
    private AssignmentDetail detail;
    private Long draftVersion;
    AnswerForm form;
    final Span saveStatus = new Span();
    final Button submit = new Button();
    /** Beside the send button, where the eye is after a refused send; never over the menu. */
    final Div formMessage = new Div();
    private final Div conflict = new Div();

    /** Set when the homework is a joint exercise (decision 033). */
    JointAnswerPanel jointPanel;

    HomeworkAnswerView(MyHomeworkService homework, CaseloadService caseload, ExceptionLogService log,
                       app.tether.homework.JointAnswerService joint, app.tether.homework.WeeklyLoopService loop,
                       app.tether.homework.LetterHomeworkService letters) {
        this.joint = joint;
        this.loop = loop;
        this.letters = letters;
        this.homework = homework;
        this.caseload = caseload;
        this.log = log;
        addClassNames("page", "page-narrow");
        saveStatus.addClassName("save-status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        saveStatus.setId("save-status");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        SaveOnce.onClick(submit, this::submit);
        formMessage.addClassName("form-message");
        formMessage.getElement().setAttribute("role", "alert");
        formMessage.setId("form-message");
        formMessage.setVisible(false);
        submit.setId("submit-homework");
        conflict.addClassName("conflict");
        conflict.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A refusal propagates to the one not-found handler (RefusedView).
        detail = homework.open(RouteIds.get(event, "assignmentId").orElseThrow(NotFoundException::new));
        render();
    }

    /** A sent letter (decision record 035), joint or not, can be kept as a PDF, laid out like the therapist's letters. */
    private void keepLetter(long assignmentId) {
        if (!detail.submissions().isEmpty() && detail.fields().stream()
                .anyMatch(f -> f.kind() == app.tether.programme.FieldKind.LETTER)) {
            add(app.tether.base.ui.PdfDownloadLink.of(this, () -> letters.printMyLetter(assignmentId), "keep-letter",
                    getTranslation("homework.letter.keep")));
        }
    }

    private void render() {
        removeAll();
        draftVersion = detail.draftVersion();
        var s = detail.summary();
        add(new Anchor("my-homework", "← " + getTranslation("homework.back")));
        var header = new Div(new H2(AnswerForm.text(this, s.builtin(), s.title())),
                new Span(getTranslation("homework.stage", s.stage())));
        header.addClassName("page-header");
        add(header);
        var intro = new Div(new Paragraph(AnswerForm.text(this, s.builtin(),
                app.tether.homework.JointWording.instructions(s, detail.instructions()))));
        intro.addClassName("panel");
        if (s.joint()) {
            intro.add(pill(getTranslation("joint.with", s.partnerName())));
        } else if (s.partnerName() != null) {
            intro.add(pill(getTranslation("homework.withPartner", s.partnerName())));
        }
        if (detail.note() != null) {
            var note = new Div(new H3(getTranslation("homework.noteFrom")), new Paragraph(detail.note()));
            note.addClassName("therapist-note");
            intro.add(note);
        }
        add(intro);
        // The weekly loop (decision record 034): what this week's Commitment or Feedback Loop starts from.
        boolean loopForm = s.builtin() && (FrameworkExercises.COMMITMENT_EXPERIMENT.equals(s.exerciseCode())
                || FrameworkExercises.FEEDBACK_LOOP.equals(s.exerciseCode()));
        var loopContext = loopForm ? loop.myLoopContext(s.id()) : app.tether.homework.LoopContext.none();
        if (loopForm) {
            LoopPanels.intro(this, loopContext, FrameworkExercises.FEEDBACK_LOOP.equals(s.exerciseCode()))
                    .ifPresent(this::add);
        }
        // A joint exercise shows the comments on either partner's copy in its own panel.
        if (!detail.comments().isEmpty() && !s.joint()) {
            var comment = new Div(new H3(getTranslation("homework.commentsFrom", detail.comments().size())));
            for (var c : detail.comments()) {
                var body = new Paragraph(c.body());
                body.addClassName("comment-body");
                comment.add(body);
                if (detail.comments().size() > 1) {
                    var when = new Span(getTranslation("homework.commentWritten", HomeworkText.date(this, c.writtenAt())));
                    when.addClassName("muted");
                    comment.add(when);
                }
            }
            comment.addClassNames("panel", "therapist-note");
            comment.setId("review-comment");
            add(comment);
        }
        if (s.joint()) {
            // One shared answer for the pair, with private notes beside it (decision 033).
            jointPanel = new JointAnswerPanel(joint, s.id());
            add(jointPanel);
            keepLetter(s.id());
            return;
        }
        if (detail.fields().isEmpty()) {
            var daily = new Div(new Paragraph(getTranslation("homework.dailyLog")),
                    new Anchor("my-exceptions", getTranslation("homework.openLog")));
            daily.addClassName("panel");
            add(daily);
            return;
        }
        LocalDate closedOn = caseload.myCases().stream().filter(c -> c.caseId() == s.caseId()).findFirst()
                .map(CaseSummary::closedOn).orElse(null);
        if (s.builtin() && FrameworkExercises.PATTERN_RECOGNITION.equals(s.exerciseCode())) {
            // The evidence beside the questions: what the client's own log shows (never a partner's unshared moments).
            add(PatternSummary.of(this, log.myPatterns(s.caseId(), null)));
        }
        boolean canAdd = closedOn == null && detail.revisable();
        // The exercise's own prompts, then the current lens's optional ones for its stage (decision record 032),
        // then what the draft holds under an earlier lens: shown and kept, so a lens change loses no text.
        var prompts = new java.util.ArrayList<>(detail.fields());
        prompts.addAll(detail.lensFields());
        LensAnswers.answeredFields(detail.draft()).stream()
                .filter(f -> Lens.ofPromptKey(f.key()).orElse(null) != detail.lens())
                .forEach(prompts::add);
        form = new AnswerForm(prompts, s.builtin(), detail.pickOptions(), this::saveDraft,
                new MomentsEditor.Context(detail.moments(), s.clientId(), false, s.caseId(),
                        canAdd ? input -> homework.addMoment(s.id(), input) : null, detail.olderMomentsLeftOut()),
                false, detail.lens());
        // An untouched form of the loop starts from the week's actions; nothing is saved until the client types.
        boolean untouched = detail.draftVersion() == -1 && detail.submissions().isEmpty() && detail.revisable();
        form.show(untouched ? merged(loopContext.prefill()) : detail.draft());
        nameActions();
        var panel = new Div(form);
        panel.addClassName("panel");
        add(panel, conflict);
        keepLetter(s.id());
        if (closedOn != null) {
            form.setReadOnly(true);
            add(ClosedCaseNotice.forClient(this, closedOn));
            return;
        }
        if (s.status() == AssignmentStatus.REVIEWED || s.status() == AssignmentStatus.CANCELLED) {
            form.setReadOnly(true);
            add(new Paragraph(getTranslation(s.status() == AssignmentStatus.REVIEWED ? "homework.closedReviewed"
                    : "validation.answer.cancelled")));
            return;
        }
        if (s.status() == AssignmentStatus.SUBMITTED) {
            var info = new Paragraph(getTranslation("homework.revising"));
            info.addClassName("muted");
            add(info);
        }
        submit.setText(getTranslation(detail.submissions().isEmpty() ? "homework.submit" : "homework.resubmit"));
        formMessage.setVisible(false);
        var actions = new Div(formMessage, submit, saveStatus);
        actions.addClassName("form-actions");
        add(actions);
        if (detail.draftSavedAt() != null) {
            saveStatus.setText(getTranslation("homework.savedAt", time(detail.draftSavedAt())));
        }
    }

    /**
     * The Feedback Loop's questions per action name the action they are about, as the client has it in the
     * list above them ("Jasmine tea: what happened"); without one they keep their own label.
     */
    private void nameActions() {
        var s = detail.summary();
        if (!s.builtin() || !FrameworkExercises.FEEDBACK_LOOP.equals(s.exerciseCode()) || !form.hasPrompt("actions")) {
            return;
        }
        var actions = form.collect().filled("actions");
        for (int n = 1; n <= 2; n++) {
            for (String question : java.util.List.of("happened", "learned", "adjust")) {
                var field = LoopPanels.find(form, "field-" + question + n);
                if (field.isPresent()) {
                    field.get().setLabel(n <= actions.size()
                            ? getTranslation("loop.perAction." + question, actions.get(n - 1))
                            : getTranslation("ex.feedback-loop." + question + n));
                }
            }
        }
    }

    /** The loop's starting answers, kept only for prompts this piece has (an older copy may lack them). */
    private app.tether.homework.Answers merged(app.tether.homework.Answers prefill) {
        var values = new java.util.LinkedHashMap<String, java.util.List<String>>();
        prefill.values().forEach((k, v) -> {
            if (form.hasPrompt(k)) {
                values.put(k, v);
            }
        });
        return values.isEmpty() ? detail.draft() : new app.tether.homework.Answers(values);
    }

    /** Called after each pause in typing. */
    void saveDraft() {
        if (form == null) {
            return;
        }
        nameActions();
        if (formMessage.isVisible() && !form.hasErrors()) {
            // Everything it pointed at is fixed.
            formMessage.setVisible(false);
        }
        try {
            DraftSaved saved = homework.saveDraft(detail.summary().id(), form.collect(), draftVersion);
            draftVersion = saved.draftVersion();
            saveStatus.setText(getTranslation("homework.savedAt", time(saved.savedAt())));
            saveStatus.getElement().setAttribute("data-draft-version", String.valueOf(saved.draftVersion()));
            conflict.setVisible(false);
        } catch (StaleDataException e) {
            showConflict();
        } catch (ValidationProblem p) {
            form.showErrors(p);
            saveStatus.setText(getTranslation("homework.notSaved"));
        }
    }

    /** Another window saved this draft meanwhile: keep this screen's text and let the client decide. */
    private void showConflict() {
        conflict.removeAll();
        var keep = SaveOnce.button(getTranslation("homework.keepMine"), () -> {
            draftVersion = null;
            saveDraft();
        });
        keep.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        keep.setId("keep-mine");
        conflict.add(new Paragraph(getTranslation("homework.conflict")), keep);
        conflict.setVisible(true);
        saveStatus.setText(getTranslation("homework.notSaved"));
    }

    private void submit() {
        try {
            boolean first = detail.submissions().isEmpty();
            detail = homework.submit(detail.summary().id(), form.collect(), detail.summary().version());
            Notices.success(getTranslation(first ? "homework.submitted" : "homework.revised"));
            render();
        } catch (ValidationProblem p) {
            String rest = form.showErrors(p);
            boolean placed = p.errors().stream().anyMatch(x -> form.hasPrompt(x.field()));
            formMessage.setText(((placed ? getTranslation("homework.fixAbove") : "") + " " + rest).strip());
            formMessage.setVisible(true);
            FormErrors.seen(formMessage);
        } catch (StaleDataException e) {
            // A second click, or another window sent it first: show the latest, keep typed text.
            var typed = form.collect();
            detail = homework.open(detail.summary().id());
            render();
            if (form != null && detail.revisable()) {
                form.show(typed);
            }
            Notices.error(getTranslation("homework.submitStale"));
        }
    }

    private Span pill(String text) {
        var s = new Span(text);
        s.addClassNames("pill", "pill-couple");
        return s;
    }

    private String time(java.time.Instant at) {
        return Dates.time(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("homework.title") + " · " + getTranslation("app.name");
    }
}
