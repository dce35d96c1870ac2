package app.tether.scales;

/** One person's movement on the scale; values are null when they have no ratings yet. */
public record PersonTrend(long clientId, String name, Integer first, Integer latest, Integer change,
                          Double averageLast4Weeks, int count) {
}
