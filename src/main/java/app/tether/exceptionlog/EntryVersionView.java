package app.tether.exceptionlog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An earlier version of an entry, as the treating therapist reads it: what it said, the tags and
 * flags it had, when it had been saved, and who replaced it when.
 */
public record EntryVersionView(long entryId, LocalDateTime happenedAt, String context, String behaviour,
                               String thoughts, String emotions, String meaning, List<String> tags,
                               boolean significant, boolean wasReviewed, boolean wasShared, Instant savedAt,
                               String replacedBy, Instant replacedAt) {

    public EntryVersionView {
        tags = List.copyOf(tags);
    }
}
