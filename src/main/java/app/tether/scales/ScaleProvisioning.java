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
        rateInSession(caseId, clientId, sessionId, day, value, ScaleFollowUp.NONE);
    }

    /** An in-session rating with what the client said about it, as the therapist wrote it down. */
    public void rateInSession(long caseId, long clientId, long sessionId, LocalDate day, int value,
                              ScaleFollowUp followUp) {
        ScaleRating rating = ScaleRating.inSession(caseId, clientId, sessionId, day, value, clock.instant());
        rating.answer(followUp);
        ratings.save(rating);
    }
}
