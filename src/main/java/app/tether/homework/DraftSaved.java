package app.tether.homework;

import java.time.Instant;

public record DraftSaved(long draftVersion, Instant savedAt) {
}
