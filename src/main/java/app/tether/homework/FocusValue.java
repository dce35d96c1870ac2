package app.tether.homework;

import java.time.Instant;

/** The value a client chose to focus on in their latest sent Value Ranking, and the act they named for it. */
public record FocusValue(String value, String act, Instant sentAt) {
}
