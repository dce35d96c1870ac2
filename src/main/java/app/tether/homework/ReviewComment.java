package app.tether.homework;

import app.tether.base.VersionedEntity;
import app.tether.security.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The therapist's comment on reviewed homework, shown to the client. It can be edited until the
 * client has read it ({@code readAt}); after that a new comment follows instead.
 */
@Entity
@Table(name = "review_comment")
class ReviewComment extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private Assignment assignment;

    // Kept beside the assignment so the audit trail files each change under its case.
    @Column(name = "case_id", nullable = false)
    private long caseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Account author;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected ReviewComment() {
    }

    ReviewComment(Assignment assignment, Account author, String body, Instant writtenAt) {
        this.assignment = assignment;
        this.caseId = assignment.getCaseId();
        this.author = author;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    Assignment getAssignment() {
        return assignment;
    }

    String getBody() {
        return body;
    }

    Instant getWrittenAt() {
        return writtenAt;
    }

    Instant getEditedAt() {
        return editedAt;
    }

    Instant getReadAt() {
        return readAt;
    }

    boolean isRead() {
        return readAt != null;
    }

    /** The client has seen it; from now on it stays as it is. */
    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    /** The words are now the editor's, so the editor is named as their author (e.g. after a reassignment). */
    void edit(String newBody, Account editor, Instant at) {
        if (readAt != null) {
            throw new IllegalStateException("The client has read this comment");
        }
        body = newBody;
        author = editor;
        editedAt = at;
    }
}
