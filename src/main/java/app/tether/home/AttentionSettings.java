package app.tether.home;

/**
 * A therapist's own thresholds for the reasons on the home screen. A rating "fell" when it is
 * {@code ratingDropPoints} or more below where it was {@code ratingDropDays} ago. Homework answers
 * need review once the oldest has waited {@code reviewWaitDays}; a piece counts once it is
 * {@code overdueDays} past its due date; a case or partner is quiet after {@code noSessionDays}
 * without a session or {@code noMomentDays} without a moment. The ranges below are what
 * {@link HomeService#saveSettings} accepts.
 */
public record AttentionSettings(int ratingDropPoints, int ratingDropDays, int reviewWaitDays, int overdueDays,
                                int noSessionDays, int noMomentDays) {

    public static final AttentionSettings DEFAULTS = new AttentionSettings(2, 14, 3, 1, 21, 7);

    public static final int RATING_DROP_POINTS_MIN = 1;
    public static final int RATING_DROP_POINTS_MAX = 9;
    public static final int RATING_DROP_DAYS_MIN = 3;
    public static final int RATING_DROP_DAYS_MAX = 90;
    public static final int REVIEW_WAIT_DAYS_MIN = 0;
    public static final int REVIEW_WAIT_DAYS_MAX = 60;
    public static final int OVERDUE_DAYS_MIN = 1;
    public static final int OVERDUE_DAYS_MAX = 60;
    public static final int NO_SESSION_DAYS_MIN = 7;
    public static final int NO_SESSION_DAYS_MAX = 365;
    public static final int NO_MOMENT_DAYS_MIN = 1;
    public static final int NO_MOMENT_DAYS_MAX = 90;
}
