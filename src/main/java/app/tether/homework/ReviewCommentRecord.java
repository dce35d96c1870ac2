package app.tether.homework;

import java.time.Instant;

/**
 * A therapist's comment on reviewed homework. {@code editable} while the client has not read it;
 * {@code version} guards an edit.
 */
public record ReviewCommentRecord(long id, String body, Instant writtenAt, Instant editedAt, Instant readAt,
                                  long version) {

    public boolean editable() {
        return readAt == null;
    }

    public boolean edited() {
        return editedAt != null;
    }
}
