package app.tether.scales;

import java.util.List;

/**
 * A client's own ratings (never a partner's) and what they rated today, if anything, with today's
 * note and follow-ups ({@code todayFollowUp} NONE when they have not answered).
 */
public record MyScale(long caseId, PersonTrend me, List<RatingRow> ratings, Integer today, String todayNote,
                      ScaleFollowUp todayFollowUp) {

    public MyScale {
        todayFollowUp = ScaleFollowUp.orNone(todayFollowUp);
    }
}
