package app.tether.home;

/**
 * A therapist's own thresholds for the reasons on the home screen. A rating "fell" when it is
 * {@code ratingDropPoints} or more below where it was {@code ratingDropDays} ago.
 */
public record AttentionSettings(int ratingDropPoints, int ratingDropDays, int reviewWaitDays,
                                int overdueDays, int noSessionDays, int noMomentDays) {

    public static final AttentionSettings DEFAULTS = new AttentionSettings(2, 14, 3, 1, 21, 7);
}
