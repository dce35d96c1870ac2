package app.tether.homework;

import java.util.List;

/** One client's weekly loop, oldest week first (decision record 034). */
public record LoopTimeline(long clientId, String clientName, List<LoopWeek> weeks) {

    public LoopTimeline {
        weeks = List.copyOf(weeks);
    }
}
