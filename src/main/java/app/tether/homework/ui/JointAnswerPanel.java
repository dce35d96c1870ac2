package app.tether.homework.ui;

import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.ClosedCaseNotice;
import app.tether.base.ui.Dates;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.base.ui.SaveOnce;
import app.tether.base.ui.TextLimit;
import app.tether.homework.Answers;
import app.tether.homework.AssignmentStatus;
import app.tether.homework.AuthoredPart;
import app.tether.homework.JointAnswerDetail;
import app.tether.homework.JointAnswerService;
import app.tether.homework.JointConflictException;
import app.tether.homework.JointNotesSaved;
import app.tether.homework.JointText;
import app.tether.homework.JointVersionRecord;
import app.tether.programme.FieldSpec;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import app.tether.programme.FieldKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A joint exercise for one partner (decision 033): the shared answer with who wrote what, its saves,
 * and the partner's private notes. Saving names the version last seen; when the other partner saved
 * meanwhile, their version shows beside this screen's text, which stays editable, with a choice to
 * combine both, keep this text on top of theirs, or take theirs.
 */
class JointAnswerPanel extends Div {

    private final JointAnswerService joint;
    private JointAnswerDetail detail;
    /** The shared answer's version this screen last saw. */
    private long version;
    private long notesVersion;
    /** Whether Send applies: an unsent saved answer, or typing not saved yet. */
    private boolean sendable;
    AnswerForm form;
    final Button save = new Button();
    final Button send = new Button();
    final TextArea notes = new TextArea();
    final Button saveNotes = new Button();
    final Span status = new Span();
    final Div conflict = new Div();
    final Div formMessage = new Div();
    /** After "take theirs": the text this screen had, folded, so one tap loses nothing. */
    final Div discarded = new Div();

    JointAnswerPanel(JointAnswerService joint, long assignmentId) {
        this.joint = joint;
        addClassName("joint-answer");
        setId("joint-answer");
        save.setText(getTranslation("joint.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("joint-save");
        SaveOnce.onClick(save, this::save);
        send.setId("joint-send");
        // As SaveOnce, but it comes back only while there is something to send (a sent answer is not re-sent).
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            try {
                send();
            } finally {
                send.setEnabled(sendable);
            }
        });
        status.addClassName("save-status");
        status.setId("joint-status");
        status.getElement().setAttribute("aria-live", "polite");
        conflict.addClassNames("conflict", "joint-conflict");
        conflict.setId("joint-conflict");
        conflict.getElement().setAttribute("role", "alert");
        formMessage.addClassName("form-message");
        formMessage.getElement().setAttribute("role", "alert");
        formMessage.setId("joint-message");
        discarded.addClassName("joint-discarded");
        discarded.setId("joint-discarded");
        discarded.setVisible(false);
        notes.setLabel(getTranslation("joint.notes"));
        notes.setWidthFull();
        notes.setId("joint-notes");
        TextLimit.on(notes, JointAnswerService.NOTES_MAX);
        saveNotes.setText(getTranslation("joint.notes.save"));
        saveNotes.addThemeVariants(ButtonVariant.SMALL);
        saveNotes.setId("joint-notes-save");
        SaveOnce.onClick(saveNotes, this::saveNotes);
        detail = joint.open(assignmentId);
        render();
    }

    private void render() {
        removeAll();
        var s = detail.summary();
        version = detail.current().version();
        notesVersion = detail.notesVersion();
        boolean writable = !detail.caseClosed() && detail.revisable();
        if (!detail.comments().isEmpty()) {
            var comments = new Div(new H3(getTranslation("homework.commentsFrom", detail.comments().size())));
            detail.comments().forEach(c -> {
                var body = new Paragraph(c.body());
                body.addClassName("comment-body");
                comments.add(body);
            });
            comments.addClassNames("panel", "therapist-note");
            comments.setId("review-comment");
            add(comments);
        }

        var shared = new Div(new H3(getTranslation("joint.shared.title")));
        shared.addClassName("panel");
        var help = new Paragraph(getTranslation("joint.shared.help", detail.partnerName()));
        help.addClassName("muted");
        shared.add(help);
        form = new AnswerForm(fields(), s.builtin(), Map.of(), () -> {
            status.setText(getTranslation("joint.unsaved"));
            sendable = true;
            send.setEnabled(true);
        });
        form.writtenWith(detail.partnerName());
        form.show(detail.current().answers());
        form.setReadOnly(!writable);
        shared.add(form);
        conflict.setVisible(false);
        shared.add(conflict);
        shared.add(discarded);
        showStatus(detail.current());
        if (writable) {
            formMessage.setVisible(false);
            var actions = new Div(formMessage, save, status);
            actions.addClassName("form-actions");
            shared.add(actions);
        } else {
            shared.add(status);
        }
        add(shared);

        var who = new Div(new H3(getTranslation("joint.authorship.title")),
                authorshipPanel(fields(), detail.authorship(), s.builtin()));
        who.addClassName("panel");
        who.setId("joint-who-wrote");
        add(who);
        add(historyPanel());

        var notesPanel = new Div(new H3(getTranslation("joint.notes.title")));
        notesPanel.addClassNames("panel", "joint-notes");
        var privacy = new Paragraph(getTranslation("joint.notes.who", detail.partnerName()));
        privacy.addClassName("notes-privacy");
        privacy.setId("joint-notes-privacy");
        notesPanel.add(privacy);
        notes.setValue(detail.myNotes());
        notes.setReadOnly(detail.caseClosed());
        notesPanel.add(notes);
        if (!detail.caseClosed()) {
            notesPanel.add(saveNotes);
        }
        add(notesPanel);

        if (detail.caseClosed()) {
            add(ClosedCaseNotice.forClient(this, detail.caseClosedOn()));
            return;
        }
        if (s.status() == AssignmentStatus.REVIEWED || s.status() == AssignmentStatus.CANCELLED) {
            add(new Paragraph(getTranslation(s.status() == AssignmentStatus.REVIEWED ? "homework.closedReviewed"
                    : "validation.answer.cancelled")));
            return;
        }
        var sendPanel = new Div();
        sendPanel.addClassName("panel");
        var sendHelp = new Paragraph(getTranslation(detail.currentSent() ? "joint.send.sent" : "joint.send.help",
                detail.partnerName()));
        sendHelp.addClassName("muted");
        send.setText(getTranslation(detail.submissions().isEmpty() ? "joint.send" : "joint.resend"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        sendable = !detail.currentSent() && !detail.current().empty();
        send.setEnabled(sendable);
        sendPanel.add(sendHelp, send);
        add(sendPanel);
    }

    /** The prompts, worded for "us" where the exercise has such words (see JointWording). */
    private List<FieldSpec> fields() {
        return app.tether.homework.JointWording.fields(detail.summary(), detail.fields());
    }

    private void showStatus(JointText text) {
        status.setText(text.empty() ? getTranslation("joint.status.empty")
                : getTranslation("joint.status.saved", text.number(), text.authorName(), Dates.dateTime(text.savedAt())));
        status.getElement().setAttribute("data-version", String.valueOf(text.version()));
    }

    /** Who wrote which paragraph (or entry) of each prompt; "you" for the reader's own. */
    Div authorshipPanel(List<FieldSpec> fields, Map<String, List<AuthoredPart>> authorship, boolean builtin) {
        return JointViews.authorship(this, fields, authorship, builtin, detail.summary().clientId());
    }

    private Details historyPanel() {
        var list = new Div();
        list.addClassName("joint-history");
        var saves = new java.util.ArrayList<>(detail.versions());
        java.util.Collections.reverse(saves);
        for (JointVersionRecord v : saves) {
            list.add(JointViews.version(this, fields(), detail.summary().builtin(), v));
        }
        if (saves.isEmpty()) {
            list.add(new Paragraph(getTranslation("joint.history.none")));
        }
        var box = new Details(getTranslation("joint.history.title", saves.size()), list);
        box.addClassNames("panel", "joint-history-box");
        box.setId("joint-history");
        return box;
    }

    void save() {
        saved();
    }

    /** Saves the form; the saved text, or null when nothing was saved (the conflict or errors shown). */
    private JointText saved() {
        Answers mine = form.collect();
        try {
            JointText saved = joint.save(detail.summary().id(), mine, version);
            boolean changed = saved.version() != version;
            version = saved.version();
            formMessage.setVisible(false);
            if (changed) {
                Notices.success(getTranslation("joint.saved"));
            }
            reload(null);
            return saved;
        } catch (JointConflictException c) {
            showConflict(mine, c);
        } catch (ValidationProblem p) {
            showProblem(p, "joint.save.fix");
            status.setText(getTranslation("joint.unsaved"));
        }
        return null;
    }

    /** Errors on their fields; the ones that belong to no field in the form's message, never silent. */
    private void showProblem(ValidationProblem p, String lead) {
        String rest = form.showErrors(p);
        formMessage.setText((getTranslation(lead) + " " + rest).strip());
        formMessage.setVisible(true);
        FormErrors.seen(formMessage);
    }

    /** The partner saved first: their version beside this screen's text, which stays as typed. */
    private void showConflict(Answers mine, JointConflictException c) {
        JointText theirs = c.latest();
        conflict.removeAll();
        conflict.add(new H4(getTranslation("joint.conflict.title", theirs.authorName())));
        var explain = new Paragraph(getTranslation("joint.conflict.help"));
        conflict.add(explain);
        boolean today = theirs.savedAt() == null || LocalDate.ofInstant(theirs.savedAt(), ZoneId.systemDefault())
                .equals(LocalDate.now(ZoneId.systemDefault()));
        var theirsBox = new Div(new Span(today
                ? getTranslation("joint.conflict.theirs", theirs.authorName(), Dates.time(theirs.savedAt()))
                : getTranslation("joint.conflict.theirs.earlier", theirs.authorName(), Dates.dateTime(theirs.savedAt()))));
        theirsBox.addClassName("joint-theirs");
        theirsBox.setId("joint-theirs");
        theirsBox.add(JointViews.authorship(this, fields(), c.authorship(), detail.summary().builtin(),
                detail.summary().clientId()));
        conflict.add(theirsBox);
        var combine = SaveOnce.button(getTranslation("joint.conflict.combine"), () -> {
            form.show(combine(fields(), theirs.answers(), form.collect()));
            version = theirs.version();
            save();
        });
        combine.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        combine.setId("joint-combine");
        var keep = SaveOnce.button(getTranslation("joint.conflict.keepMine"), () -> {
            version = theirs.version();
            save();
        });
        keep.addThemeVariants(ButtonVariant.SMALL);
        keep.setId("joint-keep-mine");
        var take = SaveOnce.button(getTranslation("joint.conflict.takeTheirs"), () -> takeTheirs(form.collect()));
        take.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        take.setId("joint-take-theirs");
        var actions = new Div(combine, keep, take);
        actions.addClassName("conflict-actions");
        conflict.add(actions);
        conflict.setVisible(true);
        status.setText(getTranslation("joint.notSaved"));
    }

    /**
     * Their newest answer in the form, "Who wrote what" and the saves refreshed; this screen's text stays
     * readable in a folded block until the page is left, so taking theirs loses nothing at one tap.
     */
    private void takeTheirs(Answers mine) {
        reload(notes.getValue());
        discarded.removeAll();
        if (mine.values().values().stream().anyMatch(v -> v.stream().anyMatch(x -> !x.isBlank()))) {
            var box = new Details(getTranslation("joint.conflict.yours"),
                    new Paragraph(getTranslation("joint.conflict.yours.help")),
                    JointViews.answers(this, fields(), detail.summary().builtin(), mine));
            box.setId("joint-yours");
            discarded.add(box);
            discarded.setVisible(true);
        }
    }

    /**
     * Theirs, then what this screen has that theirs lacks, prompt by prompt and as each prompt's kind
     * allows: a free text gets the lines of this screen not found in theirs below it, as written; a list
     * the entries theirs lacks, up to its ceiling; a one-choice or per-position prompt keeps theirs where
     * they answered. Nothing is re-indented or re-spaced.
     */
    static Answers combine(List<FieldSpec> fields, Answers theirs, Answers mine) {
        Map<String, List<String>> out = new LinkedHashMap<>(theirs.values());
        Map<String, FieldSpec> specs = new LinkedHashMap<>();
        fields.forEach(f -> specs.put(f.key(), f));
        mine.values().forEach((key, items) -> {
            List<String> base = theirs.of(key);
            FieldSpec f = specs.get(key);
            FieldKind kind = f == null ? FieldKind.TEXT : f.kind();
            out.put(key, switch (kind) {
                case TEXT -> List.of(combineText(base.isEmpty() ? "" : base.getFirst(),
                        items.isEmpty() ? "" : items.getFirst()));
                case LIST, RANKED, PICK, MOMENTS -> {
                    var merged = new ArrayList<>(base);
                    int max = f == null || f.maxItems() <= 0 ? Integer.MAX_VALUE : f.maxItems();
                    items.stream().filter(i -> !i.isBlank() && !base.contains(i))
                            .forEach(i -> {
                                if (merged.size() < max) {
                                    merged.add(i);
                                }
                            });
                    yield merged;
                }
                default -> {
                    // Per position (a rating, one entry per day or per moment, a letter's parts): theirs where given.
                    var merged = new ArrayList<String>();
                    for (int i = 0; i < Math.max(base.size(), items.size()); i++) {
                        String t = i < base.size() ? base.get(i) : "";
                        merged.add(!t.isBlank() || i >= items.size() ? t : items.get(i));
                    }
                    yield merged;
                }
            });
        });
        return new Answers(out);
    }

    /** Theirs as written, then the lines of mine that theirs lacks, with mine's own spacing and indentation. */
    static String combineText(String theirs, String mine) {
        var have = new java.util.HashSet<>(theirs.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        var added = new ArrayList<String>();
        for (String line : mine.lines().toList()) {
            if (line.isBlank()) {
                if (!added.isEmpty() && !added.getLast().isBlank()) {
                    added.add("");
                }
            } else if (have.add(line.strip())) {
                added.add(line);
            }
        }
        while (!added.isEmpty() && added.getLast().isBlank()) {
            added.removeLast();
        }
        if (added.isEmpty()) {
            return theirs;
        }
        String base = theirs.stripTrailing();
        return (base.isEmpty() ? "" : base + "\n") + String.join("\n", added);
    }

    /**
     * Sends what is on screen: saved first (a save of unchanged text adds no version), then the version that
     * save returned, so nothing typed is lost; the private notes keep their unsaved text.
     */
    private void send() {
        String typedNotes = notes.getValue();
        JointText saved = saved();
        if (saved == null) {
            // The conflict or the errors show up at the answer, far above the button on a phone: say so here.
            sendable = true;
            Notices.error(getTranslation(conflict.isVisible() ? "joint.send.stale" : "joint.send.fix"));
            return;
        }
        try {
            detail = joint.send(detail.summary().id(), saved.version());
            Notices.success(getTranslation("joint.sent"));
            render();
            notes.setValue(typedNotes);
        } catch (JointConflictException c) {
            showConflict(form.collect(), c);
            sendable = true;
            Notices.error(getTranslation("joint.send.stale"));
        } catch (ValidationProblem p) {
            if (p.errors().stream().anyMatch(e -> e.messageKey().equals("validation.joint.alreadySent"))) {
                reload(typedNotes);
                Notices.error(getTranslation("validation.joint.alreadySent"));
                return;
            }
            sendable = true;
            showProblem(p, "joint.send.fix");
        }
    }

    private void saveNotes() {
        String typed = notes.getValue();
        try {
            JointNotesSaved saved = joint.saveNotes(detail.summary().id(), typed, notesVersion);
            notesVersion = saved.version();
            Notices.success(getTranslation("joint.notes.saved"));
        } catch (StaleDataException e) {
            // Saved in another window: this text stays, and the next save keeps it.
            notesVersion = joint.open(detail.summary().id()).notesVersion();
            Notices.error(getTranslation("joint.notes.stale"));
        } catch (ValidationProblem p) {
            Notices.error(new FormErrors(this).show(p));
        }
    }

    /** After a save: the fresh answer and history; {@code typedNotes} kept when given. */
    private void reload(String typedNotes) {
        String notesText = notes.getValue();
        detail = joint.open(detail.summary().id());
        render();
        notes.setValue(typedNotes != null ? typedNotes : notesText);
    }
}
