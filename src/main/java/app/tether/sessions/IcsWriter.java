package app.tether.sessions;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;

/**
 * Writes appointments as iCalendar with ical4j (decision record 016): each event in the practice's
 * time zone (TZID plus its VTIMEZONE), so calendars keep the wall-clock time across a clock change.
 */
final class IcsWriter {

    /** One event: what it is called (initials by default) and where. */
    record Event(AppointmentRecord appointment, String title) {
    }

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsWriter() {
    }

    static byte[] write(List<Event> events, ZoneId zone, String calendarName) {
        var calendar = new Calendar().withProdId("-//Tether//Appointments//EN").withDefaults()
                .withComponent(ZONES.getTimeZone(zone.getId()).getVTimeZone()).getFluentTarget();
        if (calendarName != null) {
            calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", calendarName));
        }
        for (Event e : events) {
            AppointmentRecord a = e.appointment();
            ZonedDateTime start = a.startsAt().atZone(zone);
            var event = new VEvent(start, start.plusMinutes(a.minutes()), e.title());
            event.add(new Uid("appointment-" + a.id() + "@tether"));
            if (a.place() != null) {
                event.add(new Location(a.place()));
            }
            if (a.status() == AppointmentStatus.CANCELLED) {
                event.add(new Status(Status.VALUE_CANCELLED));
            }
            calendar.add(event);
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** "Wu Hua" and "Sun Li" as "W. H. & S. L.": enough for the therapist, little for anyone else. */
    static String initials(List<String> names) {
        return names.stream().map(IcsWriter::initials).collect(Collectors.joining(" & "));
    }

    private static String initials(String name) {
        return Arrays.stream(name.strip().split("\\s+")).filter(p -> !p.isEmpty())
                .map(p -> p.codePoints().limit(1).mapToObj(Character::toString).collect(Collectors.joining()) + ".")
                .collect(Collectors.joining(" "));
    }
}
