package app.tether.sessions.ui;

import app.tether.base.ui.Dates;
import app.tether.caseload.ClientRef;
import app.tether.sessions.AppointmentMode;
import app.tether.sessions.AppointmentRecord;
import app.tether.sessions.AppointmentStatus;
import com.vaadin.flow.component.Component;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/** How an appointment reads on the screen: when, where, who, and how it ended. */
final class AppointmentText {

    private AppointmentText() {
    }

    static String time(java.time.LocalTime t) {
        return t.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Dates.locale()));
    }

    /** "Tue, Nov 25, 2025, 10:00 AM – 10:50 AM". */
    static String when(AppointmentRecord a) {
        return Dates.dayAndTime(a.startsAt()) + " – " + time(a.endsAt().toLocalTime());
    }

    static String where(Component owner, AppointmentRecord a) {
        String mode = owner.getTranslation("appointment.mode." + a.mode().name());
        return a.place() == null ? mode : mode + ": " + a.place();
    }

    static String who(AppointmentRecord a) {
        return a.partners().stream().map(ClientRef::displayName).collect(Collectors.joining(" & "));
    }

    static String status(Component owner, AppointmentRecord a) {
        if (a.status() == AppointmentStatus.CANCELLED) {
            return owner.getTranslation(a.lateCancellation() ? "appointment.cancelledLate" : "appointment.cancelled",
                    owner.getTranslation("appointment.by." + a.cancelledBy().name()), a.noticeHours());
        }
        return owner.getTranslation("appointment.status." + a.status().name());
    }

    static boolean online(AppointmentRecord a) {
        return a.mode() == AppointmentMode.ONLINE;
    }
}
