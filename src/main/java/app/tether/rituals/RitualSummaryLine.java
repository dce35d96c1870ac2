package app.tether.rituals;

import java.util.List;

/** A ritual in the printed summary with each partner's count for the session's week. */
public record RitualSummaryLine(RitualRecord ritual, List<Count> counts) {

    public RitualSummaryLine {
        counts = List.copyOf(counts);
    }

    public record Count(String clientName, int times) {
    }
}
