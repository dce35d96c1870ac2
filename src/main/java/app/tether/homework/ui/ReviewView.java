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
import app.tether.homework.ReviewCommentRecord;
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

/** The therapist reads a client's answers (every version), comments and marks them reviewed. */
@Route("review/:assignmentId" + RouteIds.PATTERN)
@RolesAllowed(Roles.THERAPIST)
class ReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle, AuditedOpening {

    private final HomeworkService homework;
    private final app.tether.homework.JointAnswerService joint;
    /** The saves and authorship of a joint answer (decision 033); null for other homework. */
    private app.tether.homework.JointHistory jointHistory;
    private AssignmentDetail detail;
    final Select<SubmissionRecord> version = new Select<>();
    final TextArea comment = new TextArea();
    final Button markReviewed = new Button();
    final TextArea newComment = new TextArea();
    final Button addComment = new Button();
    /** The open editor of an unread comment, if any. */
    TextArea commentEditor;
    Button saveEdit;
    private final Div answers = new Div();
    private final FormErrors errors = new FormErrors(this);
    private final FormErrors newCommentErrors = new FormErrors(this);
    private final Map<Long, Div> commentItems = new java.util.HashMap<>();

    ReviewView(HomeworkService homework, app.tether.homework.JointAnswerService joint) {
        this.homework = homework;
        this.joint = joint;
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
        newComment.setLabel(getTranslation("hw.review.comment.new"));
        newComment.setHelperText(getTranslation("hw.review.comment.help"));
        app.tether.base.ui.TextLimit.on(newComment, HomeworkService.COMMENT_MAX);
        newComment.setWidthFull();
        newComment.setId("new-comment-input");
        addComment.setText(getTranslation("hw.review.comment.add"));
        addComment.addThemeVariants(ButtonVariant.PRIMARY);
        addComment.setDisableOnClick(true);
        addComment.addClickListener(e -> addComment());
        addComment.setId("add-comment");
        newCommentErrors.bind("comment", newComment);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A refusal propagates to the one not-found handler (RefusedView).
        detail = homework.submission(RouteIds.get(event, "assignmentId").orElseThrow(NotFoundException::new));
        render();
    }

    private void render() {
        removeAll();
        var s = detail.summary();
        jointHistory = s.joint() ? joint.history(s.id()) : null;
        add(new Anchor("cases/" + s.caseId() + "/homework", "← " + getTranslation("hw.back")));
        String who = s.joint() && s.partnerName() != null
                ? getTranslation("hw.review.jointTitle", getTranslation("hw.joint.pairNames", s.clientName(), s.partnerName()))
                : getTranslation("hw.review.title", s.clientName());
        var header = new Div(new H2(AnswerForm.text(this, s.builtin(), s.title())),
                new Span(who + " · " + getTranslation("status." + s.status().name())));
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
        if (jointHistory != null) {
            var history = new Div();
            history.addClassName("joint-history");
            var saves = new java.util.ArrayList<>(jointHistory.versions());
            java.util.Collections.reverse(saves);
            saves.forEach(v -> history.add(JointViews.version(this,
                    app.tether.homework.JointWording.fields(s, detail.fields()), s.builtin(), v)));
            var box = new com.vaadin.flow.component.details.Details(
                    getTranslation("joint.history.title", saves.size()), history);
            box.addClassNames("panel", "joint-history-box");
            box.setId("joint-history");
            add(box);
        }

        var reviewPanel = new Div();
        reviewPanel.addClassName("panel");
        if (detail.caseClosed()) {
            // Read-only: what was said stays visible, nothing new can be written.
            add(app.tether.base.ui.ClosedCaseNotice.forStaff(this, detail.caseClosedOn()));
            renderComments(reviewPanel);
        } else if (s.status() == AssignmentStatus.SUBMITTED) {
            reviewPanel.add(new H3(getTranslation("hw.review.mark")), comment, markReviewed);
        } else if (s.status() == AssignmentStatus.REVIEWED) {
            renderComments(reviewPanel);
        }
        if (reviewPanel.getComponentCount() > 0) {
            add(reviewPanel);
        }
    }

    /**
     * The comments so far; an unread one can be changed, and once every comment has been read a
     * new one can follow.
     */
    private void renderComments(Div panel) {
        commentEditor = null;
        saveEdit = null;
        commentItems.clear();
        panel.setId("review-comments");
        if (!detail.comments().isEmpty()) {
            panel.add(new H3(getTranslation("hw.review.yourComments", detail.comments().size())));
        }
        for (ReviewCommentRecord c : detail.comments()) {
            var body = new Paragraph(c.body());
            body.addClassName("comment-body");
            var meta = new Span(commentMeta(c));
            meta.addClassName("muted");
            var item = new Div(body, meta);
            item.addClassName("comment-item");
            commentItems.put(c.id(), item);
            if (c.editable() && !detail.caseClosed()) {
                var edit = new Button(getTranslation("hw.review.comment.edit"), e -> openEditor(item, c, c.body()));
                edit.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                edit.setId("edit-comment-" + c.id());
                item.add(edit);
            }
            panel.add(item);
        }
        if (!detail.caseClosed() && detail.comments().stream().noneMatch(ReviewCommentRecord::editable)) {
            newComment.clear();
            newCommentErrors.clear();
            addComment.setEnabled(true);
            panel.add(new H3(getTranslation("hw.review.comment.add")), newComment, addComment);
        }
    }

    private String commentMeta(ReviewCommentRecord c) {
        String written = getTranslation(c.edited() ? "hw.review.comment.writtenEdited" : "hw.review.comment.written",
                HomeworkText.date(this, c.writtenAt()), c.edited() ? HomeworkText.date(this, c.editedAt()) : "");
        String read = c.readAt() == null ? getTranslation("hw.review.comment.unread")
                : getTranslation("hw.review.comment.read", HomeworkText.date(this, c.readAt()));
        return written + " · " + read;
    }

    private void openEditor(Div item, ReviewCommentRecord c, String text) {
        item.removeAll();
        var editor = new TextArea(getTranslation("hw.review.comment.editLabel"));
        app.tether.base.ui.TextLimit.on(editor, HomeworkService.COMMENT_MAX);
        editor.setWidthFull();
        editor.setValue(text);
        editor.setId("comment-editor");
        var editErrors = new FormErrors(this).bind("comment", editor);
        var save = new Button(getTranslation("hw.review.comment.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.setId("save-comment");
        save.addClickListener(e -> saveEdit(c, editor, save, editErrors));
        var cancel = new Button(getTranslation("common.cancel"), e -> reload());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        var actions = new Div(save, cancel);
        actions.addClassName("form-actions");
        item.add(editor, actions);
        commentEditor = editor;
        saveEdit = save;
        editor.focus();
    }

    private void saveEdit(ReviewCommentRecord c, TextArea editor, Button save, FormErrors editErrors) {
        String typed = editor.getValue();
        try {
            homework.editComment(c.id(), typed, c.version());
            Notices.success(getTranslation("hw.review.comment.saved"));
            reload();
        } catch (ValidationProblem p) {
            if (p.errors().stream().anyMatch(err -> err.messageKey().equals("validation.review.commentRead"))) {
                // Read meanwhile: the words become a new comment, still to be sent.
                reload();
                newComment.setValue(typed);
                Notices.error(getTranslation("validation.review.commentRead"));
                return;
            }
            editErrors.report(p);
            save.setEnabled(true);
        } catch (StaleDataException e) {
            reload();
            detail.comments().stream().filter(x -> x.id() == c.id() && x.editable()).findFirst()
                    .ifPresentOrElse(fresh -> reopenEditor(fresh, typed), () -> newComment.setValue(typed));
            Notices.error(getTranslation("common.stale"));
        }
    }

    private void reopenEditor(ReviewCommentRecord c, String typed) {
        Div item = commentItems.get(c.id());
        if (item != null) {
            openEditor(item, c, typed);
        }
    }

    private void addComment() {
        try {
            homework.addComment(detail.summary().id(), newComment.getValue());
            Notices.success(getTranslation("hw.review.comment.added"));
            reload();
        } catch (ValidationProblem p) {
            newCommentErrors.report(p);
            addComment.setEnabled(true);
        }
    }

    private void reload() {
        detail = homework.submission(detail.summary().id());
        render();
    }

    private void showAnswers(SubmissionRecord submission) {
        answers.removeAll();
        if (submission == null) {
            return;
        }
        var s = detail.summary();
        // The lens answers sent with this version follow, each group under the lens it was answered through.
        var prompts = new java.util.ArrayList<>(app.tether.homework.JointWording.fields(s, detail.fields()));
        prompts.addAll(app.tether.homework.LensAnswers.answeredFields(submission.answers()));
        var form = new AnswerForm(prompts, s.builtin(), pickOptionsFrom(submission), () -> { },
                new MomentsEditor.Context(detail.moments(), s.clientId(), true, s.caseId(), null), true);
        form.show(submission.answers());
        form.setReadOnly(true);
        if (jointHistory != null && jointHistory.authorshipBySubmission().containsKey(submission.number())) {
            // The shared answer as sent, each part with the partner who wrote it.
            var heading = new H3(getTranslation("joint.authorship.title"));
            answers.add(heading, JointViews.authorship(this, app.tether.homework.JointWording.fields(s, detail.fields()),
                    jointHistory.authorshipBySubmission().get(submission.number()), s.builtin(), -1));
            var whole = new com.vaadin.flow.component.details.Details(getTranslation("joint.review.asForm"), form);
            answers.add(whole);
            return;
        }
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
            errors.report(p);
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
