package app.tether.scales;

/** One partner's in-session rating with what they said to the two follow-ups (never null: NONE). */
public record SessionRating(int value, ScaleFollowUp followUp) {

    public SessionRating {
        followUp = ScaleFollowUp.orNone(followUp);
    }
}
