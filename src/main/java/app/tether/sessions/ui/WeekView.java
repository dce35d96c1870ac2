package app.tether.sessions.ui;

import app.tether.base.ui.Dates;
import app.tether.base.ui.SaveOnce;
import app.tether.security.Roles;
import app.tether.sessions.AppointmentRecord;
import app.tether.sessions.AppointmentService;
import app.tether.sessions.AppointmentStatus;
import app.tether.sessions.CalendarFeedService;
import app.tether.sessions.FeedStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The therapist's week: seven columns of appointments, week by week, today marked. On a phone the
 * columns become a list of days (styles.css), days without appointments left out.
 */
@Route("appointments/week")
@Menu(title = "nav.week", order = 40, icon = "vaadin:calendar")
@RolesAllowed(Roles.THERAPIST)
class WeekView extends Div implements HasDynamicTitle {

    private final AppointmentService appointments;
    private final CalendarFeedService feeds;
    private final app.tether.base.PracticeTime time;
    LocalDate monday;
    final Span range = new Span();
    final Div grid = new Div();
    final Div feedPanel = new Div();

    WeekView(AppointmentService appointments, CalendarFeedService feeds, app.tether.base.PracticeTime time) {
        this.appointments = appointments;
        this.feeds = feeds;
        this.time = time;
        addClassName("page");
        var header = new Div(new H2(getTranslation("week.title")));
        header.addClassName("page-header");
        var previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> show(monday.minusWeeks(1)));
        previous.getElement().setAttribute("aria-label", getTranslation("week.previous"));
        previous.setId("week-previous");
        var next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> show(monday.plusWeeks(1)));
        next.getElement().setAttribute("aria-label", getTranslation("week.next"));
        next.setId("week-next");
        var today = new Button(getTranslation("week.today"), e -> show(thisMonday()));
        today.setId("week-today");
        range.setId("week-range");
        range.addClassName("week-range");
        range.getElement().setAttribute("aria-live", "polite");
        var controls = new Div(previous, today, next, range);
        controls.addClassName("week-controls");
        grid.addClassName("week-grid");
        grid.setId("week-grid");
        feedPanel.addClassName("panel");
        feedPanel.setId("feed-panel");
        add(header, controls, grid, feedPanel);
        show(thisMonday());
        renderFeed(feeds.myFeed());
    }

    private LocalDate thisMonday() {
        return time.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    void show(LocalDate monday) {
        this.monday = monday;
        LocalDate sunday = monday.plusDays(6);
        range.setText(Dates.date(monday) + " – " + Dates.date(sunday));
        Map<LocalDate, List<AppointmentRecord>> byDay = appointments.myAppointments(monday, sunday).stream()
                .collect(Collectors.groupingBy(AppointmentRecord::day));
        grid.removeAll();
        LocalDate today = time.today();
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            List<AppointmentRecord> items = byDay.getOrDefault(d, List.of());
            var column = new Div();
            column.addClassName("week-day");
            column.setId("day-" + d);
            var heading = new H3(d.format(DateTimeFormatter.ofLocalizedPattern("MMMEd").withLocale(Dates.locale())));
            heading.addClassName("week-day-title");
            column.add(heading);
            if (d.equals(today)) {
                column.addClassName("today");
                column.getElement().setAttribute("aria-current", "date");
                var mark = new Span(getTranslation("week.todayMark"));
                mark.addClassName("today-mark");
                heading.add(mark);
            }
            if (items.isEmpty()) {
                column.addClassName("empty-day");
                var none = new Paragraph(getTranslation("week.none"));
                none.addClassName("muted");
                column.add(none);
            }
            for (AppointmentRecord a : items) {
                var item = new Anchor("cases/" + a.caseId() + "/appointments", "");
                item.addClassNames("week-item", "appointment-" + a.status().name().toLowerCase());
                var time = new Span(AppointmentText.time(a.start()) + "–" + AppointmentText.time(a.endsAt()
                        .toLocalTime()));
                time.addClassName("week-item-time");
                var who = new Span(a.caseTitle());
                who.addClassName("week-item-who");
                item.add(time, who);
                if (a.status() != AppointmentStatus.PLANNED) {
                    var status = new Span(getTranslation("appointment.status." + a.status().name()));
                    status.addClassName("week-item-status");
                    item.add(status);
                }
                column.add(item);
            }
            grid.add(column);
        }
    }

    /** The private calendar feed: off, or its address with a new-address and a turn-off button. */
    void renderFeed(FeedStatus status) {
        feedPanel.removeAll();
        feedPanel.add(new H3(getTranslation("feed.title")));
        var help = new Paragraph(getTranslation("feed.help"));
        help.addClassName("muted");
        feedPanel.add(help);
        var fullNames = new Checkbox(getTranslation("feed.fullNames"), status.fullNames());
        fullNames.setId("feed-full-names");
        if (status.on()) {
            var address = new TextField(getTranslation("feed.address"));
            address.setValue(app.tether.base.ui.AppAddress.current() + "/calendar-feed/" + status.token() + ".ics");
            address.setReadOnly(true);
            address.setWidthFull();
            address.setId("feed-address");
            var renew = SaveOnce.button(getTranslation("feed.renew"),
                    () -> renderFeed(feeds.newFeedAddress(fullNames.getValue())));
            renew.setId("feed-renew");
            var off = SaveOnce.button(getTranslation("feed.off"), () -> renderFeed(feeds.turnOffFeed()));
            off.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            off.setId("feed-off");
            var buttons = new Div(renew, off);
            buttons.addClassName("target-row");
            feedPanel.add(address, new Paragraph(getTranslation(status.fullNames() ? "feed.showsNames"
                    : "feed.showsInitials")), fullNames, buttons);
        } else {
            var on = SaveOnce.button(getTranslation("feed.on"),
                    () -> renderFeed(feeds.newFeedAddress(fullNames.getValue())));
            on.addThemeVariants(ButtonVariant.PRIMARY);
            on.setId("feed-on");
            feedPanel.add(fullNames, on);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("week.title") + " · " + getTranslation("app.name");
    }
}
