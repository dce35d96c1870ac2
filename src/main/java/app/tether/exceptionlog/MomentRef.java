package app.tether.exceptionlog;

import java.time.LocalDateTime;

/**
 * A logged moment as other modules link to it (homework's Exception Deep Description): when, its
 * first words, who wrote it, and its marks. The linking answer keeps only the id, so the moment is
 * read from the log each time and a moment deleted from the log simply stops being found.
 * {@code withdrawn}: its author took it back (only the treating therapist still finds it).
 */
public record MomentRef(long id, long authorId, String authorName, LocalDateTime happenedAt, String summary,
                        boolean significant, boolean significantByTherapist, boolean withdrawn) {

    /** How many characters of the moment's first words a link shows. */
    public static final int SUMMARY_CHARS = 90;
}
