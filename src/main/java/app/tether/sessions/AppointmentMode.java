package app.tether.sessions;

/** Where an appointment happens: a room (place) or online (a link). */
public enum AppointmentMode { IN_PERSON, ONLINE }
