package app.tether.exceptionlog;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the client typed for one moment: when, the five prompts, tags, and the significant flag.
 * {@code requestKey} is made by the form when it starts a new moment and kept across retries, so a
 * save repeated after a lost answer returns the moment already saved (null: no such guard; edits
 * and drafts ignore it).
 */
public record EntryInput(LocalDateTime happenedAt, String context, String behaviour, String thoughts,
                         String emotions, String meaning, List<String> tags, boolean significant,
                         java.util.UUID requestKey) {

    /** Without a request key: for edits, drafts, seeding and tests. */
    public EntryInput(LocalDateTime happenedAt, String context, String behaviour, String thoughts,
                      String emotions, String meaning, List<String> tags, boolean significant) {
        this(happenedAt, context, behaviour, thoughts, emotions, meaning, tags, significant, null);
    }

    public EntryInput {
        // The database compares tags without case or accents; so does this list.
        var seen = new java.util.HashSet<String>();
        tags = tags == null ? List.of() : tags.stream().filter(t -> t != null && !t.isBlank()).map(String::strip)
                .filter(t -> seen.add(java.text.Normalizer.normalize(t.toLowerCase(java.util.Locale.ROOT),
                        java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", ""))).toList();
    }

    boolean anyPrompt() {
        for (String s : new String[] {context, behaviour, thoughts, emotions, meaning}) {
            if (s != null && !s.isBlank()) {
                return true;
            }
        }
        return false;
    }
}
