package app.tether.letters;

import app.tether.base.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * A therapeutic letter. While a draft it is written and rewritten; once sent it never changes
 * (each state change checks the state it starts from), and a later word is a new letter that
 * follows this one.
 */
@Entity
@Table(name = "letter")
class Letter extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "follows_id")
    private Long followsId;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @BatchSize(size = 64)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "letter_recipient", joinColumns = @JoinColumn(name = "letter_id"))
    @Column(name = "client_id")
    private Set<Long> recipients = new LinkedHashSet<>();

    protected Letter() {
    }

    Letter(long caseId, long authorId, Long followsId, Instant now) {
        this.caseId = caseId;
        this.authorId = authorId;
        this.followsId = followsId;
        this.body = "";
        this.createdAt = now;
        this.updatedAt = now;
    }

    void write(Set<Long> recipients, String body, Instant now) {
        requireDraft();
        this.recipients.clear();
        this.recipients.addAll(recipients);
        this.body = body;
        this.updatedAt = now;
    }

    void send(Instant now) {
        requireDraft();
        this.sentAt = now;
        this.updatedAt = now;
    }

    boolean isSent() {
        return sentAt != null;
    }

    private void requireDraft() {
        if (sentAt != null) {
            throw new IllegalStateException("A sent letter is not changed");
        }
    }

    long getCaseId() {
        return caseId;
    }

    long getAuthorId() {
        return authorId;
    }

    Long getFollowsId() {
        return followsId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    Set<Long> getRecipients() {
        return recipients;
    }
}
