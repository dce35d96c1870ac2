package app.tether.scales;

import java.util.List;

/** A client's own ratings (never a partner's) and what they rated today, if anything. */
public record MyScale(long caseId, PersonTrend me, List<RatingRow> ratings, Integer today, String todayNote) {
}
