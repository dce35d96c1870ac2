package app.tether.home;

/** Why a case needs the therapist now; each has a threshold in {@link AttentionSettings}. */
public enum AttentionKind {
    RATING_FELL,
    WAITING_REVIEW,
    OVERDUE_HOMEWORK,
    NO_SESSION,
    NO_MOMENT
}
