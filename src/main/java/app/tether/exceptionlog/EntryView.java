package app.tether.exceptionlog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One entry as lists and the review grid show it. {@code onRecord}: the therapist has seen, shared
 * or may have printed it, so an edit keeps the earlier text and a delete only withdraws it (see
 * {@link ExceptionLogService#delete}). {@code withdrawnAt} is set when its author withdrew it (the
 * therapist's views only); {@code earlierVersions} counts the versions an edit replaced (the
 * therapist's views only, 0 elsewhere). {@code significantByTherapist}: the therapist marked it
 * significant (the client's log says so).
 */
public record EntryView(long id, long caseId, long clientId, String clientName, LocalDateTime happenedAt,
                        String context, String behaviour, String thoughts, String emotions, String meaning,
                        List<String> tags, boolean significant, boolean reviewed, boolean shared, boolean draft,
                        long version, boolean onRecord, Instant withdrawnAt, int earlierVersions,
                        boolean significantByTherapist) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** The first words, for a one-line summary. */
    public String summary(int max) {
        return firstWords(new String[] {context, behaviour, thoughts, emotions, meaning}, max);
    }

    static String firstWords(String[] prompts, int max) {
        for (String s : prompts) {
            if (s != null) {
                return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
            }
        }
        return "";
    }
}
