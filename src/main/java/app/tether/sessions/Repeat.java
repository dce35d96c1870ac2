package app.tether.sessions;

/** How an appointment repeats: not at all, every week or every other week. */
public enum Repeat {
    NONE(0), WEEKLY(1), FORTNIGHTLY(2);

    private final int weeks;

    Repeat(int weeks) {
        this.weeks = weeks;
    }

    public int weeks() {
        return weeks;
    }
}
