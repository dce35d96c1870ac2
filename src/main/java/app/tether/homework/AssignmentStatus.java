package app.tether.homework;

public enum AssignmentStatus {
    OPEN,
    SUBMITTED,
    REVIEWED,
    CANCELLED
}
