package app.tether.sessions;

import app.tether.scales.ScaleFollowUp;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A partner's in-session rating as an earlier version of a session record had it, with its follow-ups. */
@Embeddable
class RevisionRating {

    @Column(name = "rating", nullable = false)
    private int rating;

    @Column(name = "not_lower", columnDefinition = "TEXT")
    private String notLower;

    @Column(name = "one_higher", columnDefinition = "TEXT")
    private String oneHigher;

    protected RevisionRating() {
    }

    RevisionRating(int rating, ScaleFollowUp followUp) {
        this.rating = rating;
        this.notLower = followUp.notLower();
        this.oneHigher = followUp.oneHigher();
    }

    int getRating() {
        return rating;
    }

    ScaleFollowUp followUp() {
        return new ScaleFollowUp(notLower, oneHigher);
    }
}
