package app.tether.scales;

/**
 * Published when a rating joins a case's scale: the client's own rating, one given inside
 * homework, or one recorded in a session. The therapist's home screen listens after commit.
 */
public record RatingRecorded(long caseId, long clientId, RatingSource source) {
}
