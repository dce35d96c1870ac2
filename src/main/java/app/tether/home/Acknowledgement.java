package app.tether.home;

import app.tether.base.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A therapist's "seen, leave it" on one kind of reason of one case, per partner (decision record 020). */
@Entity
@Table(name = "attention_acknowledgement")
class Acknowledgement extends VersionedEntity {

    @Column(name = "therapist_id", nullable = false)
    private long therapistId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    /** The partner the reason is about; 0 for a reason about the whole case (part of the unique key). */
    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24)
    private AttentionKind kind;

    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    protected Acknowledgement() {
    }

    Acknowledgement(long therapistId, long caseId, AttentionKind kind, long clientId, Instant at) {
        this.therapistId = therapistId;
        this.caseId = caseId;
        this.clientId = clientId;
        this.kind = kind;
        this.acknowledgedAt = at;
    }

    /** Acknowledging again covers whatever is there now. */
    void renew(Instant at) {
        this.acknowledgedAt = at;
    }

    Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
