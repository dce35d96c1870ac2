package app.tether.caseload;

import app.tether.base.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One assessment of whether a couple is ready for exercises that have the partners talk together.
 * Appended, never edited: the latest one counts and the earlier ones are the case's history.
 */
@Entity
@Table(name = "couple_readiness")
class ReadinessAssessment extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(nullable = false)
    private boolean ready;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(length = 500)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ReadinessAssessment() {
    }

    ReadinessAssessment(long caseId, boolean ready, LocalDate assessedOn, String note, long recordedBy,
                        Instant recordedAt) {
        this.caseId = caseId;
        this.ready = ready;
        this.assessedOn = assessedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    long getCaseId() {
        return caseId;
    }

    boolean isReady() {
        return ready;
    }

    LocalDate getAssessedOn() {
        return assessedOn;
    }

    String getNote() {
        return note;
    }

    long getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
