package app.tether.rituals;

/** How often a ritual is meant to happen: ticked once a day, or once a (Monday-based) week. */
public enum Frequency {
    DAILY, WEEKLY;

    public String labelKey() {
        return "ritual.frequency." + name();
    }
}
