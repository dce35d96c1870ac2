package app.tether.exceptionlog;

import java.time.LocalDate;

/** The review grid's filters; null means "any". */
public record ExceptionFilter(LocalDate from, LocalDate to, Long clientId, String tag, boolean significantOnly,
                              boolean unreviewedOnly, String text) {

    public static ExceptionFilter none() {
        return new ExceptionFilter(null, null, null, null, false, false, null);
    }
}
