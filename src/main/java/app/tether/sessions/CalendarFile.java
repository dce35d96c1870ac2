package app.tether.sessions;

/** An iCalendar file to download. */
public record CalendarFile(String fileName, byte[] ics) {
}
