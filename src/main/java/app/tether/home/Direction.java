package app.tether.home;

/** Where a partner's ratings went over the sparkline's weeks. */
public enum Direction {
    UP,
    DOWN,
    FLAT,
    NONE
}
