package app.tether.sessions;

/**
 * Which variant of a session summary to print: the full record for the file, or a client's copy
 * (no therapist notes; in a couple, only that partner's own entries, homework and ratings plus what
 * the therapist shared).
 */
public record SummaryCopy(Long clientId) {

    public static SummaryCopy fullRecord() {
        return new SummaryCopy(null);
    }

    public static SummaryCopy forClient(long clientId) {
        return new SummaryCopy(clientId);
    }

    public boolean isClientCopy() {
        return clientId != null;
    }

    /** Whether something belonging to this person goes into this copy. */
    boolean shows(long ownerId) {
        return clientId == null || clientId == ownerId;
    }
}
