package app.tether.sessions;

/** A case's attendance record: how its past appointments ended. */
public record Attendance(int attended, int notAttended, int cancelledByClient, int cancelledByTherapist,
                         int cancelledByPractice, int lateCancellations, int upcoming) {
}
