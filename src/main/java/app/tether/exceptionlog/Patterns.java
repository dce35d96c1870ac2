package app.tether.exceptionlog;

import java.time.LocalDate;
import java.util.List;

/**
 * What recurs across a case's exceptions: the most frequent tags, the weekday (Monday first) and
 * time-of-day spread (night, morning, afternoon, evening), tags that occur together, and entries
 * per week.
 */
public record Patterns(int total, List<Count> topTags, int[] weekdays, int[] timesOfDay, List<Pair> pairs,
                       List<Week> weeks) {

    public record Count(String tag, long count) {
    }

    public record Pair(String first, String second, long count) {
    }

    public record Week(LocalDate monday, long count) {
    }
}
