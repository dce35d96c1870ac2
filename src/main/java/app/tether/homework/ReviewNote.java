package app.tether.homework;

import java.time.Instant;

/** A therapist's review comment on one piece of homework, as the printed summary shows it. */
public record ReviewNote(long assignmentId, String text, String authorName, Instant writtenAt) {
}
