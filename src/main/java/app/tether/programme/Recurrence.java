package app.tether.programme;

/** How often a recurring exercise is done; null on one-off exercises. */
public enum Recurrence {
    DAILY
}
