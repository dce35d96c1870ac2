package app.tether.homework.ui;

import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditedOpening;
import app.tether.base.ui.RouteIds;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.homework.AssignmentDetail;
import app.tether.homework.AssignmentStatus;
import app.tether.homework.HomeworkService;
import app.tether.homework.SubmissionRecord;
import app.tether.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/** The therapist reads a client's answers (every version), comments and marks them reviewed. */
@Route("review/:assignmentId" + RouteIds.PATTERN)
@RolesAllowed(Roles.THERAPIST)
class ReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle, AuditedOpening {

    private final HomeworkService homework;
    private AssignmentDetail detail;
    final Select<SubmissionRecord> version = new Select<>();
    final TextArea comment = new TextArea();
    final Button markReviewed = new Button();
    private final Div answers = new Div();
    private final FormErrors errors = new FormErrors(this);

    ReviewView(HomeworkService homework) {
        this.homework = homework;
        addClassNames("page", "page-narrow");
        version.setLabel(getTranslation("hw.review.versions"));
        version.setItemLabelGenerator(s -> getTranslation("homework.version", s.number(),
                HomeworkText.date(this, s.submittedAt())));
        version.addValueChangeListener(e -> showAnswers(e.getValue()));
        version.setId("review-version");
        comment.setLabel(getTranslation("hw.review.comment"));
        comment.setHelperText(getTranslation("hw.review.comment.help"));
        comment.setWidthFull();
        app.tether.base.ui.TextLimit.on(comment, HomeworkService.COMMENT_MAX);
        comment.setId("review-comment-input");
        markReviewed.setText(getTranslation("hw.review.mark"));
        markReviewed.addThemeVariants(ButtonVariant.PRIMARY);
        markReviewed.setDisableOnClick(true);
        markReviewed.addClickListener(e -> markReviewed());
        markReviewed.setId("mark-reviewed");
        errors.bind("comment", comment);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long assignmentId = RouteIds.get(event, "assignmentId")
                    .orElseThrow(() -> new AccessDeniedException("No assignment"));
            detail = homework.submission(assignmentId);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        var s = detail.summary();
        add(new Anchor("cases/" + s.caseId() + "/homework", "← " + getTranslation("hw.back")));
        var header = new Div(new H2(AnswerForm.text(this, s.builtin(), s.title())),
                new Span(getTranslation("hw.review.title", s.clientName()) + " · "
                        + getTranslation("status." + s.status().name())));
        header.addClassName("page-header");
        add(header);
        if (detail.submissions().isEmpty()) {
            add(new Paragraph(getTranslation("hw.review.none")));
            return;
        }
        version.setItems(detail.submissions());
        version.setVisible(detail.submissions().size() > 1);
        var panel = new Div(version, answers);
        panel.addClassName("panel");
        add(panel);
        version.setValue(detail.submissions().getFirst());
        showAnswers(detail.submissions().getFirst());

        var reviewPanel = new Div();
        reviewPanel.addClassName("panel");
        if (s.status() == AssignmentStatus.SUBMITTED) {
            reviewPanel.add(new H3(getTranslation("hw.review.mark")), comment, markReviewed);
        } else if (detail.reviewComment() != null) {
            reviewPanel.add(new H3(getTranslation("hw.review.yourComment")), new Paragraph(detail.reviewComment()));
        }
        if (reviewPanel.getComponentCount() > 0) {
            add(reviewPanel);
        }
    }

    private void showAnswers(SubmissionRecord submission) {
        answers.removeAll();
        if (submission == null) {
            return;
        }
        var form = new AnswerForm(detail.fields(), detail.summary().builtin(), pickOptionsFrom(submission), () -> { });
        form.show(submission.answers());
        form.setReadOnly(true);
        answers.add(form);
    }

    /** A read-only PICK shows what was chosen, so the choices are the answer itself. */
    private Map<String, java.util.List<String>> pickOptionsFrom(SubmissionRecord submission) {
        return submission.answers().values();
    }

    private void markReviewed() {
        try {
            homework.markReviewed(detail.summary().id(), comment.getValue(), detail.summary().version());
            Notices.success(getTranslation("hw.review.done"));
            detail = homework.submission(detail.summary().id());
            render();
        } catch (ValidationProblem p) {
            errors.show(p);
            markReviewed.setEnabled(true);
        } catch (StaleDataException e) {
            String typed = comment.getValue();
            detail = homework.submission(detail.summary().id());
            render();
            comment.setValue(typed);
            markReviewed.setEnabled(true);
            Notices.error(getTranslation("common.stale"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hw.title") + " · " + getTranslation("app.name");
    }

    @Override
    public AuditEvent auditedOpening() {
        return detail == null ? null
                : AuditEvent.opened(AuditAction.HOMEWORK_REVIEW_OPENED, detail.summary().caseId(), "ASSIGNMENT", detail.summary().id());
    }
}
