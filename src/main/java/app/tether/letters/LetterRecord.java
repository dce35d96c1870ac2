package app.tether.letters;

import java.time.Instant;
import java.util.List;

/**
 * One letter as a screen shows it. {@code sentAt} is null for a draft. {@code followsId} and
 * {@code followsSentAt} name the earlier letter this one follows, when the reader may see it.
 */
public record LetterRecord(long id, long caseId, List<Addressee> recipients, String authorName, String body,
                           Instant createdAt, Instant updatedAt, Instant sentAt, Long followsId,
                           Instant followsSentAt, long version) {

    /** Someone a letter is addressed to. */
    public record Addressee(long clientId, String name) {
    }

    public boolean sent() {
        return sentAt != null;
    }

    public boolean draft() {
        return sentAt == null;
    }

    /** The text in paragraphs: split at blank lines, single line breaks kept inside a paragraph. */
    public List<String> paragraphs() {
        return Paragraphs.of(body);
    }
}
