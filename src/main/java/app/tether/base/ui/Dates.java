package app.tether.base.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * One way to write dates and times per language, from the screen's locale: the medium date style
 * ("25 Nov 2025" in British English), a short time, and a weekday where a moment needs one.
 */
public final class Dates {

    private Dates() {
    }

    public static Locale locale() {
        return Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(app.tether.base.Translator.LOCALE);
    }

    public static String date(LocalDate day) {
        return day == null ? "" : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
    }

    /** Date and time, e.g. "25 Nov 2025, 15:04". */
    public static String dateTime(LocalDateTime at) {
        return at == null ? "" : at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()));
    }

    public static String dateTime(Instant at) {
        return at == null ? "" : dateTime(LocalDateTime.ofInstant(at, ZoneId.systemDefault()));
    }

    /** With the weekday, for moments a person remembers by the day: "Tue, 25 Nov 2025, 15:04". */
    public static String dayAndTime(LocalDateTime at) {
        return at == null ? "" : at.format(DateTimeFormatter.ofLocalizedPattern("yMMMEdjm").withLocale(locale()));
    }

    /** Day and month only, for short spans: "25 Nov". */
    public static String dayMonth(LocalDate day) {
        return day == null ? "" : day.format(DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(locale()));
    }

    public static String time(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale())
                .withZone(ZoneId.systemDefault()).format(at);
    }

    /** A wall-clock time: "15:04". */
    public static String time(java.time.LocalTime at) {
        return at == null ? "" : at.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()));
    }

    /** "10:00–10:50", or the start alone when there is no end. */
    public static String timeRange(java.time.LocalTime from, java.time.LocalTime to) {
        return to == null ? time(from) : time(from) + "–" + time(to);
    }

    /** Day, month and time, for moments within this year: "3 Dec, 18:00". */
    public static String dayMonthTime(LocalDateTime at) {
        return at == null ? "" : at.format(DateTimeFormatter.ofLocalizedPattern("MMMdjm").withLocale(locale()));
    }
}
