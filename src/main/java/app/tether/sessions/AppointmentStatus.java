package app.tether.sessions;

/** How an appointment ended, or that it is still planned. */
public enum AppointmentStatus { PLANNED, ATTENDED, CANCELLED, NOT_ATTENDED }
