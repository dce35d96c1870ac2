package app.tether.sessions;

/** Who cancelled an appointment. */
public enum CancelledBy { CLIENT, THERAPIST, PRACTICE }
