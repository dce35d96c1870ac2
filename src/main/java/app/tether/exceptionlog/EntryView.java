package app.tether.exceptionlog;

import java.time.LocalDateTime;
import java.util.List;

/** One entry as lists and the review grid show it. */
public record EntryView(long id, long caseId, long clientId, String clientName, LocalDateTime happenedAt,
                        String context, String behaviour, String thoughts, String emotions, String meaning,
                        List<String> tags, boolean significant, boolean reviewed, boolean shared, boolean draft,
                        long version) {

    /** The first words, for a one-line summary. */
    public String summary(int max) {
        for (String s : new String[] {context, behaviour, thoughts, emotions, meaning}) {
            if (s != null) {
                return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
            }
        }
        return "";
    }
}
