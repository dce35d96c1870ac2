package app.tether.sessions.ui;

import app.tether.base.ui.PrivateDownload;
import app.tether.base.ui.Notices;
import app.tether.reports.PaperSize;
import app.tether.security.Roles;
import app.tether.sessions.DaySession;
import app.tether.sessions.PrintedSummary;
import app.tether.sessions.SessionService;
import app.tether.sessions.SessionSummaryService;
import app.tether.base.ValidationProblem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The therapist's sessions today, and all their summaries as one PDF. Printing runs in the
 * background with a progress bar (the page polls while it runs; no push needed).
 */
@Route("sessions/today")
@Menu(title = "nav.today", order = 30, icon = "vaadin:calendar-clock")
@RolesAllowed(Roles.THERAPIST)
class TodaysSessionsView extends Div implements HasDynamicTitle {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TodaysSessionsView.class);

    private final SessionService sessions;
    private final SessionSummaryService summaries;
    private final TaskExecutor executor;
    private final List<DaySession> today;
    final Button printAll = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div result = new Div();
    final Select<PaperSize> paper = new Select<>();

    TodaysSessionsView(SessionService sessions, SessionSummaryService summaries,
                       app.tether.sessions.AppointmentService appointments,
                       @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.sessions = sessions;
        this.summaries = summaries;
        this.executor = executor;
        addClassName("page");
        LocalDate day = LocalDate.now();
        today = sessions.sessionsOn(day);
        var planned = appointments.myAppointments(day, day);
        long cancelled = planned.stream()
                .filter(a -> a.status() == app.tether.sessions.AppointmentStatus.CANCELLED).count();
        var header = new Div(new H2(getTranslation("today.title")),
                new Paragraph(getTranslation("today.count", today.size()) + " · "
                        + getTranslation("today.appointmentCount", planned.size() - cancelled)));
        header.addClassName("page-header");
        add(header);

        add(appointmentsPanel(planned, summaries));

        var list = new Div(new H3(getTranslation("today.list")));
        list.addClassName("panel");
        list.setId("today-list");
        if (today.isEmpty()) {
            list.add(new Paragraph(getTranslation("today.empty")));
        }
        for (DaySession d : today) {
            var link = new RouterLink(SessionView.class, new RouteParameters("sessionId", String.valueOf(d.sessionId())));
            link.addClassNames("case-card", "session-card");
            var title = new Span(d.caseTitle());
            title.addClassName("case-card-title");
            var meta = new Div(new Span(getTranslation("session.numbered", d.number()) + " · "
                    + SessionText.when(this, d.heldAt())));
            meta.addClassName("case-card-meta");
            link.add(title, meta);
            list.add(link);
        }
        add(list);

        if (!today.isEmpty()) {
            paper.setLabel(getTranslation("summary.paper"));
            paper.setItems(PaperSize.values());
            paper.setItemLabelGenerator(p -> getTranslation("summary.paper." + p.name()));
            paper.setValue(PaperSize.A4);
            printAll.setText(getTranslation("today.printAll", today.size()));
            printAll.addThemeVariants(ButtonVariant.PRIMARY);
            printAll.setId("print-all");
            // The browser disables it at once; the job hands it back when the file is ready.
            printAll.setDisableOnClick(true);
            printAll.addClickListener(e -> printAll(day));
            progress.setVisible(false);
            progress.setId("print-progress");
            progressText.setId("print-progress-text");
            progressText.addClassName("muted");
            result.setId("print-result");
            var controls = new Div(paper, printAll);
            controls.addClassName("target-row");
            var status = new Div(progress, progressText);
            status.addClassName("print-status");
            var panel = new Div(new H3(getTranslation("today.print")), new Paragraph(getTranslation("today.print.help")),
                    controls, status, result);
            panel.addClassName("panel");
            add(panel);
        }
    }

    /** Today's appointments: one click to record each session, and one to print its summary once recorded. */
    private Div appointmentsPanel(List<app.tether.sessions.AppointmentRecord> planned, SessionSummaryService summaries) {
        var panel = new Div(new H3(getTranslation("today.appointments")));
        panel.addClassName("panel");
        panel.setId("today-appointments");
        if (planned.isEmpty()) {
            panel.add(new Paragraph(getTranslation("today.appointments.empty")));
        }
        for (var a : planned) {
            var card = new Div();
            card.addClassNames("case-card", "appointment-card", "appointment-" + a.status().name().toLowerCase());
            var title = new Span(AppointmentText.time(a.start()) + " · " + a.caseTitle());
            title.addClassName("case-card-title");
            var meta = new Div(new Span(AppointmentText.where(this, a) + " · " + AppointmentText.status(this, a)));
            meta.addClassName("case-card-meta");
            var actions = new Div();
            actions.addClassName("appointment-actions");
            if (a.canRecord()) {
                var record = new com.vaadin.flow.component.html.Anchor(
                        "cases/" + a.caseId() + "/sessions?appointment=" + a.id(),
                        getTranslation("appointment.recordSession"));
                record.addClassName("action-link");
                record.setId("record-" + a.id());
                actions.add(record);
            }
            if (a.sessionId() != null) {
                long sessionId = a.sessionId();
                var print = new Anchor(event -> {
                    PrintedSummary pdf = summaries.print(sessionId, app.tether.sessions.SummaryCopy.fullRecord(),
                            PaperSize.A4);
                    PrivateDownload.send(event, pdf.fileName(), "application/pdf", pdf.pdf());
                }, AttachmentType.DOWNLOAD, "");
                print.add(VaadinIcon.PRINT.create(), new Span(getTranslation("today.printOne")));
                print.addClassName("download-link");
                print.setId("print-" + a.id());
                actions.add(print);
            }
            card.add(title, meta, actions);
            panel.add(card);
        }
        return panel;
    }

    private void printAll(LocalDate day) {
        UI ui = UI.getCurrent();
        int total = Math.max(1, sessions.sessionsOn(day).size());
        printAll.setEnabled(false);
        result.removeAll();
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(total);
        progress.setValue(0);
        progressText.setText(getTranslation("today.progress", 0, total));
        ui.setPollInterval(400);
        PaperSize size = paper.getValue();
        Runnable job = () -> {
            PrintedSummary pdf = null;
            String failure = null;
            try {
                pdf = summaries.printDay(day, size, done -> update(ui, () -> {
                    progress.setValue(Math.min(done, total));
                    progressText.setText(done >= total ? getTranslation("today.assembling")
                            : getTranslation("today.progress", done, total));
                }));
            } catch (ValidationProblem p) {
                failure = p.errors().getFirst().messageKey();
            } catch (Throwable t) {
                log.warn("Printing the day's summaries failed", t);
                failure = "today.failed";
            }
            PrintedSummary done = pdf;
            String message = failure;
            // Always hand the page back, whatever happened, if the page is still open.
            update(ui, () -> {
                reset(ui);
                if (done != null) {
                    finished(done);
                } else {
                    progressText.setText("");
                    Notices.error(getTranslation(message));
                }
            });
        };
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(job), executor);
    }

    /** Changes the page from the background job; nothing to do once the person left the page. */
    private static void update(UI ui, Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException e) {
            // The page was closed or left: the result has no one to go to.
        }
    }

    private void finished(PrintedSummary pdf) {
        progressText.setText(getTranslation("today.ready"));
        var a = new Anchor(event -> PrivateDownload.send(event, pdf.fileName(), "application/pdf", pdf.pdf()),
                AttachmentType.DOWNLOAD, "");
        a.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("today.download")));
        a.addClassName("download-link");
        a.setId("print-all-download");
        result.add(a);
    }

    private void reset(UI ui) {
        printAll.setEnabled(true);
        progress.setVisible(false);
        ui.setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("today.title") + " · " + getTranslation("app.name");
    }
}
