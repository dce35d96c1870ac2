package app.tether.programme;

/**
 * How often a recurring exercise is done; null on one-off exercises. A weekly exercise asks for one
 * answer per Monday-to-Sunday week, each week its own piece of homework (decision record 034).
 */
public enum Recurrence {
    DAILY,
    WEEKLY
}
