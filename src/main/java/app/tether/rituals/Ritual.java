package app.tether.rituals;

import app.tether.base.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A ritual a case agreed on. Stopping keeps it (and its ticks) for the weeks already counted. */
@Entity
@Table(name = "ritual")
class Ritual extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 32)
    private RitualSuggestion suggestion;

    @Column(length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 8)
    private Frequency frequency;

    @Column(length = 500)
    private String note;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Ritual() {
    }

    Ritual(long caseId, RitualSuggestion suggestion, String name, Frequency frequency, String note, long createdBy,
           Instant createdAt) {
        this.caseId = caseId;
        this.suggestion = suggestion;
        this.name = name;
        this.frequency = frequency;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void stop(Instant now) {
        if (endedAt != null) {
            throw new IllegalStateException("Ritual already stopped");
        }
        this.endedAt = now;
    }

    boolean isActive() {
        return endedAt == null;
    }

    long getCaseId() {
        return caseId;
    }

    RitualSuggestion getSuggestion() {
        return suggestion;
    }

    String getName() {
        return name;
    }

    Frequency getFrequency() {
        return frequency;
    }

    String getNote() {
        return note;
    }

    long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getEndedAt() {
        return endedAt;
    }
}
