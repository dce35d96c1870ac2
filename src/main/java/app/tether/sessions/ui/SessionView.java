package app.tether.sessions.ui;

import app.tether.base.ui.Pickers;
import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditedOpening;
import app.tether.base.ui.PrivateDownload;
import app.tether.base.ui.RouteIds;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.CaseTabs;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.CaseKind;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.ClientRef;
import app.tether.homework.AssignRequest;
import app.tether.homework.AssignmentSummary;
import app.tether.homework.HomeworkService;
import app.tether.homework.NotReadyToTalkException;
import app.tether.homework.ui.JointProposal;
import app.tether.homework.ui.NotReadyDialog;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.ExerciseLibraryService;
import app.tether.reports.PaperSize;
import app.tether.security.Roles;
import app.tether.sessions.PrintedSummary;
import app.tether.sessions.RevisionRecord;
import app.tether.sessions.SessionRecord;
import app.tether.sessions.SessionService;
import app.tether.sessions.SessionSummaryService;
import app.tether.sessions.SummaryCopy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * One session: edit its record, set homework for next time, and print the summary (the full
 * record or a client's copy). Download links carry only opaque ids, never a client's name.
 */
@Route("sessions/:sessionId" + RouteIds.PATTERN)
@RolesAllowed(Roles.THERAPIST)
class SessionView extends Div implements BeforeEnterObserver, HasDynamicTitle, AuditedOpening {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SessionView.class);

    private final SessionService sessions;
    private final SessionSummaryService summaries;
    private final CaseloadService caseload;
    private final HomeworkService homework;
    private final ExerciseLibraryService library;
    private CaseDetails details;
    private SessionRecord session;

    SessionForm form;
    final Button save = new Button();
    final ComboBox<ExerciseDefinition> exercise = new ComboBox<>();
    final CheckboxGroup<ClientRef> hwClients = new CheckboxGroup<>();
    final DatePicker hwDue = Pickers.localise(new DatePicker());
    final TextArea hwNote = new TextArea();
    /** Couples only: give the chosen exercise as joint (decision 033), proposed as on the homework tab. */
    final com.vaadin.flow.component.checkbox.Checkbox hwJoint = new com.vaadin.flow.component.checkbox.Checkbox();
    final Button assign = new Button();
    final Select<PaperSize> paper = new Select<>();
    final Div printLinks = new Div();
    final Div newerPanel = new Div();
    private final FormErrors hwErrors = new FormErrors(this);

    SessionView(SessionService sessions, SessionSummaryService summaries, CaseloadService caseload,
                HomeworkService homework, ExerciseLibraryService library) {
        this.sessions = sessions;
        this.summaries = summaries;
        this.caseload = caseload;
        this.homework = homework;
        this.library = library;
        addClassName("page");
        save.setText(getTranslation("session.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.setId("session-save");
        save.addClickListener(e -> saveRecord());

        exercise.setLabel(getTranslation("hw.assign.exercise"));
        exercise.setItemLabelGenerator(e -> e.stage() + " · " + (e.builtin() ? getTranslation(e.title()) : e.title()));
        exercise.setWidthFull();
        exercise.setId("session-hw-exercise");
        hwClients.setLabel(getTranslation("hw.assign.clients"));
        hwClients.setItemLabelGenerator(ClientRef::displayName);
        hwClients.setId("session-hw-clients");
        hwDue.setLabel(getTranslation("hw.assign.due"));
        hwDue.setHelperText(getTranslation("hw.assign.due.help"));
        hwNote.setLabel(getTranslation("hw.assign.note"));
        hwNote.setWidthFull();
        app.tether.base.ui.TextLimit.on(hwNote, HomeworkService.NOTE_MAX);
        assign.setText(getTranslation("session.hw.assign"));
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        assign.setDisableOnClick(true);
        assign.setId("session-hw-assign");
        assign.addClickListener(e -> assignHomework());
        hwJoint.setLabel(getTranslation("hw.assign.joint"));
        hwJoint.setId("session-hw-joint");
        hwJoint.setVisible(false);
        exercise.addValueChangeListener(e -> proposeJoint());
        hwErrors.bind("exercise", exercise).bind("clients", hwClients).bind("dueOn", hwDue).bind("note", hwNote)
                .bind("joint", hwJoint);

        paper.setLabel(getTranslation("summary.paper"));
        paper.setItems(PaperSize.values());
        paper.setItemLabelGenerator(p -> getTranslation("summary.paper." + p.name()));
        paper.setValue(PaperSize.A4);
        paper.setId("summary-paper");
        paper.addValueChangeListener(e -> renderPrintLinks());
        printLinks.addClassName("row-actions");
        printLinks.setId("summary-links");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A refusal propagates to the one not-found handler (RefusedView).
        session = sessions.session(RouteIds.get(event, "sessionId").orElseThrow(NotFoundException::new));
        details = caseload.caseDetails(session.caseId());
        form = new SessionForm(details.clients());
        form.show(session);
        exercise.setItems(library.library());
        hwClients.setItems(details.clients());
        hwClients.setValue(new HashSet<>(session.attendees()));
        render();
    }

    private void render() {
        removeAll();
        var header = new Div(new H2(details.title()),
                new Span(getTranslation("session.numbered", session.number()) + " · "
                        + SessionText.when(this, session.heldAt())));
        header.addClassName("page-header");
        add(header, CaseTabs.create(this, details.caseId(), "sessions"));

        var print = new Div(new H3(getTranslation("summary.print")), new Paragraph(getTranslation(
                details.closed() ? "summary.print.help.closed" : "summary.print.help")),
                paper, printLinks);
        print.addClassName("panel");
        print.setId("summary-panel");
        renderPrintLinks();

        newerPanel.addClassNames("panel", "suggestion");
        newerPanel.setId("session-newer");
        newerPanel.setVisible(false);
        var record = new Div(new H3(getTranslation("session.record")), new Paragraph(SessionText.facts(this, session)),
                form, save);
        record.addClassName("panel");
        List<RevisionRecord> earlier = sessions.revisions(session.id());
        if (!earlier.isEmpty()) {
            var versions = new Details(getTranslation("session.revisions", earlier.size()));
            versions.setId("session-revisions");
            for (RevisionRecord r : earlier) {
                var line = new Div(muted(getTranslation("session.revision", r.revision(), SessionText.at(this, r.savedAt()),
                        SessionText.at(this, r.replacedAt()), r.replacedBy())),
                        new Paragraph(SessionText.when(this, r.heldAt()) + " · " + app.tether.base.ui.Lists.join(r.attendees())),
                        revisionRatings(r));
                revisionFollowUps(r).forEach(line::add);
                line.add(new Paragraph(r.notes() == null ? getTranslation("session.notes.empty") : r.notes()));
                line.addClassName("history-row");
                versions.add(line);
            }
            record.add(versions);
        }

        var hwForm = new FormLayout(exercise, hwClients, hwJoint, hwDue, hwNote);
        hwForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        hwForm.setColspan(exercise, 2);
        hwForm.setColspan(hwJoint, 2);
        proposeJoint();
        hwForm.setColspan(hwNote, 2);
        var next = new Div(new H3(getTranslation("session.hw")), new Paragraph(getTranslation("session.hw.help")));
        next.addClassName("panel");
        next.setId("session-homework");
        List<AssignmentSummary> set = setHere();
        if (set.isEmpty()) {
            next.add(new Paragraph(getTranslation("session.hw.none")));
        }
        for (AssignmentSummary a : set) {
            var line = new Div(new Span((a.builtin() ? getTranslation(a.title()) : a.title())),
                    muted(a.clientName() + (a.dueOn() == null ? "" : " · " + getTranslation("session.hw.due",
                            app.tether.base.ui.Dates.date(a.dueOn())))));
            line.addClassName("history-row");
            next.add(line);
        }
        if (details.closed()) {
            form.setReadOnly(true);
            save.setVisible(false);
            add(app.tether.base.ui.ClosedCaseNotice.forStaff(this, details.closedOn()));
        } else {
            next.add(hwForm, assign);
        }
        add(print, newerPanel, record, next);
    }

    private List<AssignmentSummary> setHere() {
        Set<Long> ids = Set.copyOf(session.homeworkIds());
        return homework.caseHomework(details.caseId()).assignments().stream().filter(a -> ids.contains(a.id())).toList();
    }

    private void renderPrintLinks() {
        printLinks.removeAll();
        if (session == null) {
            return;
        }
        printLinks.add(link("summary-record", getTranslation("summary.download.record"), SummaryCopy.fullRecord()));
        for (ClientRef c : details.clients()) {
            String text = details.kind() == CaseKind.COUPLE
                    ? getTranslation("summary.download.clientCopyFor", c.displayName())
                    : getTranslation("summary.download.clientCopy");
            printLinks.add(link("summary-client-" + c.accountId(), text, SummaryCopy.forClient(c.accountId())));
        }
    }

    private Anchor link(String id, String text, SummaryCopy copy) {
        long sessionId = session.id();
        PaperSize size = paper.getValue() == null ? PaperSize.A4 : paper.getValue();
        DownloadHandler handler = event -> {
            PrintedSummary pdf;
            try {
                pdf = summaries.print(sessionId, copy, size);
            } catch (RuntimeException e) {
                // Say so on the page; the browser only sees an empty error response.
                log.warn("Printing session {} failed", sessionId, e);
                event.getResponse().setStatus(e instanceof AccessDeniedException ? 403 : 500);
                event.getUI().access(() -> Notices.error(getTranslation(e instanceof AccessDeniedException
                        ? "common.notAvailable" : "summary.failed")));
                return;
            }
            PrivateDownload.send(event, pdf.fileName(), "application/pdf", pdf.pdf());
        };
        var a = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        a.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(text));
        a.addClassName("download-link");
        a.setId(id);
        return a;
    }

    private void saveRecord() {
        try {
            session = sessions.update(session.id(), form.input(), session.version());
            form.clearErrors();
            Notices.success(getTranslation("session.saved"));
            render();
        } catch (ValidationProblem p) {
            String rest = form.show(p);
            if (!rest.isEmpty()) {
                Notices.error(rest);
            }
        } catch (StaleDataException e) {
            // Someone saved a newer version meanwhile: show it beside the form, keep what was typed,
            // and let the next save (a deliberate one) replace it.
            session = sessions.session(session.id());
            showNewer(session);
            Notices.error(getTranslation("session.stale"));
        } finally {
            save.setEnabled(true);
        }
    }

    private Paragraph revisionRatings(RevisionRecord r) {
        var p = new Paragraph(r.ratings().isEmpty() ? getTranslation("session.revision.noRatings")
                : getTranslation("session.revision.ratings", app.tether.base.ui.Lists.join(r.ratings().stream()
                        .map(x -> getTranslation("session.revision.ratingOf", x.clientName(), x.value())).toList())));
        p.addClassName("revision-ratings");
        return p;
    }

    /** What each partner said to the follow-ups in that version, one line per answer. */
    private List<Paragraph> revisionFollowUps(RevisionRecord r) {
        List<Paragraph> out = new java.util.ArrayList<>();
        for (RevisionRecord.Rating x : r.ratings()) {
            if (x.followUp().notLower() != null) {
                out.add(followUpLine(x.clientName(), "scale.answer.notLower", x.followUp().notLower()));
            }
            if (x.followUp().oneHigher() != null) {
                out.add(followUpLine(x.clientName(), "scale.answer.oneHigher", x.followUp().oneHigher()));
            }
        }
        return out;
    }

    private Paragraph followUpLine(String who, String labelKey, String text) {
        var p = new Paragraph(getTranslation("session.revision.followUp", who, getTranslation(labelKey), text));
        p.addClassName("follow-up");
        return p;
    }

    private void showNewer(SessionRecord newer) {
        newerPanel.removeAll();
        newerPanel.add(new H3(getTranslation("session.newer")), new Paragraph(SessionText.when(this, newer.heldAt())
                + " · " + SessionText.facts(this, newer)));
        var notes = new Paragraph(newer.notes() == null ? getTranslation("session.notes.empty") : newer.notes());
        notes.addClassName("revision-notes");
        newerPanel.add(notes);
        newerPanel.setVisible(true);
    }

    private void assignHomework() {
        try {
            List<Long> ids = exercise.getValue() == null ? List.of() : List.of(exercise.getValue().id());
            setHomework(new AssignRequest(details.caseId(), ids,
                    hwClients.getValue().stream().map(ClientRef::accountId).toList(), hwDue.getValue(),
                    hwNote.getValue()).joint(JointProposal.chosen(hwJoint, jointCandidates())));
        } finally {
            assign.setEnabled(true);
        }
    }

    private List<ExerciseDefinition> jointCandidates() {
        return details == null ? List.of() : JointProposal.candidates(details.kind(), exercise.getValue());
    }

    private void proposeJoint() {
        JointProposal.propose(this, hwJoint, jointCandidates());
    }

    /** Sets the homework; a couple marked not ready for a talking-together exercise is asked about first. */
    private void setHomework(AssignRequest request) {
        try {
            var created = sessions.setHomework(session.id(), request);
            hwErrors.clear();
            exercise.clear();
            hwNote.clear();
            hwDue.clear();
            session = sessions.session(session.id());
            Notices.success(getTranslation("hw.assign.done", created.size()));
            render();
        } catch (NotReadyToTalkException n) {
            hwErrors.clear();
            NotReadyDialog.open(this, n, () -> setHomework(request.confirmingNotReady()), null);
        } catch (ValidationProblem p) {
            String rest = hwErrors.show(p);
            if (!rest.isEmpty()) {
                Notices.error(rest);
            }
        }
    }

    private static Span muted(String text) {
        var s = new Span(text);
        s.addClassName("muted");
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.pageTitle") + " · " + getTranslation("app.name");
    }

    @Override
    public AuditEvent auditedOpening() {
        return session == null ? null
                : AuditEvent.opened(AuditAction.SESSION_OPENED, session.caseId(), "SESSION", session.id());
    }
}
