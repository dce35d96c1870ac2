package app.tether.scales;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** System-side ratings with past dates, for the demo practice and the benchmark only. */
@Component
@Transactional
public class ScaleProvisioning {

    private final ScaleRatingRepository ratings;
    private final Clock clock;

    ScaleProvisioning(ScaleRatingRepository ratings, Clock clock) {
        this.ratings = ratings;
        this.clock = clock;
    }

    public void rate(long caseId, long clientId, LocalDate day, int value, RatingSource source, String note) {
        rate(caseId, clientId, day, value, source, note, ScaleFollowUp.NONE);
    }

    /** A rating with what the client said about it (what keeps it from lower, one point higher). */
    public void rate(long caseId, long clientId, LocalDate day, int value, RatingSource source, String note,
                     ScaleFollowUp followUp) {
        ScaleRating rating = new ScaleRating(caseId, clientId, day, value, note, source, clock.instant());
        rating.answer(followUp);
        ratings.save(rating);
    }

    public void rateInSession(long caseId, long clientId, long sessionId, LocalDate day, int value) {
        ratings.save(ScaleRating.inSession(caseId, clientId, sessionId, day, value, clock.instant()));
    }
}
