package app.tether.sessions;

/** The therapist's private calendar feed: off (no token), or on at its token's address. */
public record FeedStatus(String token, boolean fullNames) {

    public static final FeedStatus OFF = new FeedStatus(null, false);

    public boolean on() {
        return token != null;
    }
}
