package app.tether.scales;

import java.time.LocalDate;

/**
 * One rating, as the accessible table beside the chart lists it; {@code sessionId} for in-session
 * ones; {@code followUp} what the person said to the scaling questions (never null: NONE).
 */
public record RatingRow(LocalDate day, long clientId, String clientName, int value, RatingSource source, String note,
                        Long sessionId, ScaleFollowUp followUp) {

    public RatingRow {
        followUp = ScaleFollowUp.orNone(followUp);
    }
}
