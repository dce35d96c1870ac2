package app.tether.scales;

/** Where a rating came from: the client at home, the Scale Positioning homework, or a session. */
public enum RatingSource {
    HOME,
    HOMEWORK,
    SESSION
}
