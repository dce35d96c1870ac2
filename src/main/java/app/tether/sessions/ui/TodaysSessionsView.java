package app.tether.sessions.ui;

import app.tether.base.ui.PrivateDownload;
import app.tether.reports.PaperSize;
import app.tether.security.Roles;
import app.tether.sessions.DaySession;
import app.tether.sessions.PrintedSummary;
import app.tether.sessions.SessionService;
import app.tether.sessions.SessionSummaryService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * The therapist's sessions today, and all their summaries as one PDF ({@link DayPrint}).
 */
@Route("sessions/today")
@RolesAllowed(Roles.THERAPIST)
class TodaysSessionsView extends Div implements HasDynamicTitle {

    private final List<DaySession> today;
    /** Print all, while the day has sessions recorded. */
    final DayPrint print;

    TodaysSessionsView(SessionService sessions, SessionSummaryService summaries,
                       app.tether.sessions.AppointmentService appointments,
                       @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
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
            print = new DayPrint(summaries, executor, day, today.size());
            var panel = new Div(new H3(getTranslation("today.print")), new Paragraph(getTranslation("today.print.help")),
                    print);
            panel.addClassName("panel");
            add(panel);
        } else {
            print = null;
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

    @Override
    public String getPageTitle() {
        return getTranslation("today.title") + " · " + getTranslation("app.name");
    }
}
