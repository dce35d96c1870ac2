package app.tether.rituals;

import java.time.LocalDate;
import java.util.List;

/**
 * How often each ritual happened per week, per partner: {@code weeks} are the Mondays (practice time
 * zone) of the weeks counted, oldest first; each row's {@code counts} follow the same order.
 */
public record RitualWeeks(List<LocalDate> weeks, List<Row> rows) {

    public RitualWeeks {
        weeks = List.copyOf(weeks);
        rows = List.copyOf(rows);
    }

    /** One ritual and one partner. */
    public record Row(RitualRecord ritual, long clientId, String clientName, List<Integer> counts) {

        public Row {
            counts = List.copyOf(counts);
        }
    }
}
