package app.tether.scales;

import java.time.LocalDate;

/** One rating, as the accessible table beside the chart lists it; {@code sessionId} for in-session ones. */
public record RatingRow(LocalDate day, long clientId, String clientName, int value, RatingSource source, String note,
                        Long sessionId) {
}
