package app.tether.exceptionlog;

import java.time.LocalDateTime;
import java.util.List;

/** What the client typed for one moment: when, the five prompts, tags, and the significant flag. */
public record EntryInput(LocalDateTime happenedAt, String context, String behaviour, String thoughts,
                         String emotions, String meaning, List<String> tags, boolean significant) {

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
