package app.tether.homework;

import java.time.Instant;

public record JointNotesSaved(long version, Instant savedAt) {
}
