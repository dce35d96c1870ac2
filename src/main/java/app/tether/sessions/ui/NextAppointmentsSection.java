package app.tether.sessions.ui;

import app.tether.base.ui.ClientHomeSection;
import app.tether.base.ui.PrivateDownload;
import app.tether.sessions.AppointmentRecord;
import app.tether.sessions.AppointmentService;
import app.tether.sessions.CalendarFile;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;

/** On the client's home page: their next appointments, with the place or the link, and an .ics each. */
@org.springframework.stereotype.Component
class NextAppointmentsSection implements ClientHomeSection {

    static final int SHOWN = 3;

    private final AppointmentService appointments;
    private final app.tether.base.PracticeTime time;

    NextAppointmentsSection(AppointmentService appointments, app.tether.base.PracticeTime time) {
        this.appointments = appointments;
        this.time = time;
    }

    @Override
    public Optional<Component> create(Component owner) {
        List<AppointmentRecord> next = appointments.myNextAppointments(SHOWN);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        var section = new Div(new H3(owner.getTranslation("appointment.mine.title")));
        section.addClassNames("homework-group", "next-appointments");
        section.setId("next-appointments");
        for (AppointmentRecord a : next) {
            var card = new Div();
            card.addClassNames("case-card", "appointment-card");
            var title = new Span(AppointmentText.when(a));
            title.addClassName("case-card-title");
            card.add(title);
            var where = new Div();
            where.addClassName("case-card-meta");
            if (AppointmentText.online(a) && a.place() != null && a.place().startsWith("https://")) {
                var link = new Anchor(a.place(), owner.getTranslation("appointment.mine.join"));
                link.setTarget(AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                where.add(new Span(owner.getTranslation("appointment.mode.ONLINE") + " · "), link);
            } else {
                where.add(new Span(AppointmentText.where(owner, a)));
            }
            card.add(where);
            var ics = new Anchor(event -> {
                CalendarFile file = appointments.calendarFile(a.id());
                PrivateDownload.send(event, file.fileName(), "text/calendar", file.ics());
            }, AttachmentType.DOWNLOAD, "");
            ics.add(VaadinIcon.CALENDAR.create(), new Span(owner.getTranslation("appointment.ics")));
            ics.addClassName("download-link");
            card.add(ics);
            section.add(card);
        }
        // One practice time zone: say which, for a client reading from elsewhere.
        var zone = new com.vaadin.flow.component.html.Paragraph(owner.getTranslation("appointment.mine.zone",
                time.zone().getDisplayName(java.time.format.TextStyle.FULL, app.tether.base.ui.Dates.locale()),
                time.zone().getId()));
        zone.addClassName("muted");
        section.add(zone);
        return Optional.of(section);
    }
}
