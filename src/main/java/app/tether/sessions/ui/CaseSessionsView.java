package app.tether.sessions.ui;

import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditedOpening;
import app.tether.base.ui.RouteIds;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.PrivateDownload;
import app.tether.base.ui.Notices;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.ui.OpenCase;
import app.tether.caseload.ClientRef;
import app.tether.security.Roles;
import app.tether.sessions.CaseExport;
import app.tether.sessions.CaseExportService;
import app.tether.sessions.SessionRecord;
import app.tether.sessions.SessionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** A case's sessions: record a new one, and the list of earlier ones, newest first. */
@Route("cases/:caseId" + RouteIds.PATTERN + "/sessions")
@RolesAllowed(Roles.THERAPIST)
class CaseSessionsView extends Div implements BeforeEnterObserver, HasDynamicTitle, AuditedOpening {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CaseSessionsView.class);

    private final SessionService sessions;
    private final CaseExportService exports;
    private final app.tether.sessions.AppointmentService appointments;
    private CaseDetails details;
    /** The appointment this session is recorded from (?appointment=id), if any. */
    Long appointmentId;
    SessionForm form;
    final Button save = new Button();

    CaseSessionsView(SessionService sessions, CaseExportService exports,
                     app.tether.sessions.AppointmentService appointments) {
        this.sessions = sessions;
        this.appointments = appointments;
        this.exports = exports;
        save.setText(getTranslation("session.create"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.setId("session-create");
        save.addClickListener(e -> create());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        details = OpenCase.of(event).details();
        form = new SessionForm(details.clients());
        form.blank(details.clients(), LocalDateTime.now());
        appointmentId = null;
        event.getLocation().getQueryParameters().getSingleParameter("appointment").ifPresent(this::fromAppointment);
        render();
    }

    /** Recording from an appointment: its day, time and expected partners fill the form. */
    private void fromAppointment(String id) {
        try {
            var a = appointments.appointment(Long.parseLong(id));
            if (a.caseId() == details.caseId() && a.canRecord()) {
                appointmentId = a.id();
                form.fromAppointment(a.startsAt(), a.partners());
            }
        } catch (NumberFormatException | AccessDeniedException e) {
            // Not an appointment of this case: an ordinary new session.
        }
    }

    private void render() {
        removeAll();

        if (!details.closed()) {
            var newPanel = new Div(new H3(getTranslation("session.new")),
                    new Paragraph(getTranslation(appointmentId == null ? "session.new.help"
                            : "session.new.fromAppointment")), form, save);
            newPanel.addClassName("panel");
            add(newPanel);
        }

        List<SessionRecord> list = sessions.caseSessions(details.caseId());
        var listPanel = new Div(new H3(getTranslation("session.list")));
        listPanel.addClassName("panel");
        listPanel.setId("session-list");
        if (list.isEmpty()) {
            listPanel.add(new Paragraph(getTranslation("session.list.empty")));
        }
        for (SessionRecord s : list) {
            listPanel.add(card(s));
        }
        add(listPanel);
        add(exportPanel());
    }

    /** The case's record as a ZIP of CSV files; works on a closed case too. */
    private Div exportPanel() {
        long caseId = details.caseId();
        DownloadHandler handler = event -> {
            CaseExport export;
            try {
                export = exports.export(caseId);
            } catch (RuntimeException e) {
                log.warn("Exporting case {} failed", caseId, e);
                event.getResponse().setStatus(e instanceof AccessDeniedException ? 403 : 500);
                event.getUI().access(() -> Notices.error(getTranslation(e instanceof AccessDeniedException
                        ? "common.notAvailable" : "case.export.failed")));
                return;
            }
            PrivateDownload.send(event, export.fileName(), "application/zip", export.zip());
        };
        var link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("case.export")));
        link.addClassName("download-link");
        link.setId("case-export");
        var help = new Paragraph(getTranslation("case.export.help"));
        help.addClassName("muted");
        var panel = new Div(new H3(getTranslation("case.export.title")), help, link);
        panel.addClassName("panel");
        panel.setId("export-panel");
        return panel;
    }

    private RouterLink card(SessionRecord s) {
        var link = new RouterLink(SessionView.class, new RouteParameters("sessionId", String.valueOf(s.id())));
        link.addClassNames("case-card", "session-card");
        var title = new Span(getTranslation("session.numbered", s.number()) + " · " + SessionText.when(this, s.heldAt()));
        title.addClassName("case-card-title");
        var meta = new Div(new Span(SessionText.facts(this, s)));
        meta.addClassName("case-card-meta");
        link.add(title, meta);
        return link;
    }

    private void create() {
        try {
            SessionRecord created = sessions.create(details.caseId(), form.input().fromAppointment(appointmentId));
            form.clearErrors();
            Notices.success(getTranslation("session.created", created.number()));
            getUI().ifPresent(ui -> ui.navigate(SessionView.class,
                    new RouteParameters("sessionId", String.valueOf(created.id()))));
        } catch (ValidationProblem p) {
            String rest = form.show(p);
            if (!rest.isEmpty()) {
                Notices.error(rest);
            }
        } finally {
            save.setEnabled(true);
        }
    }

    List<ClientRef> clients() {
        return details.clients();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.list") + " · " + getTranslation("app.name");
    }

    @Override
    public AuditEvent auditedOpening() {
        return details == null ? null
                : AuditEvent.opened(AuditAction.SESSIONS_OPENED, details.caseId(), "CASE", details.caseId());
    }
}
