package app.tether.exceptionlog;

/**
 * Published when a client saves a moment: a new entry, or a change to one of their own entries
 * ({@code edited}; a changed entry on the record is unreviewed again). The therapist's home screen
 * listens after commit.
 */
public record MomentLogged(long caseId, long clientId, long entryId, boolean edited) {
}
