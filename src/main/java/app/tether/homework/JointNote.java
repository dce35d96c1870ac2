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

/** A partner's private notes beside a shared answer: read by their writer only (decision 033). */
@Entity
@Table(name = "joint_private_note")
class JointNote extends VersionedEntity {

    @Column(name = "joint_answer_id", nullable = false)
    private long jointAnswerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Account client;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body = "";

    @Column(name = "saved_at")
    private Instant savedAt;

    protected JointNote() {
    }

    JointNote(long jointAnswerId, Account client) {
        this.jointAnswerId = jointAnswerId;
        this.client = client;
    }

    String getBody() {
        return body;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    void write(String body, Instant at) {
        this.body = body;
        this.savedAt = at;
    }
}
