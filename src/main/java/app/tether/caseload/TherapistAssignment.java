package app.tether.caseload;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One period in which a therapist treated a case; the history is never rewritten, only closed. */
@Entity
@Table(name = "case_therapist_history")
class TherapistAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "therapist_id", nullable = false)
    private long therapistId;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by")
    private Long assignedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected TherapistAssignment() {
    }

    TherapistAssignment(long caseId, long therapistId, Instant assignedAt, Long assignedBy) {
        this.caseId = caseId;
        this.therapistId = therapistId;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
    }

    void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    TherapistAssignmentRecord record() {
        return new TherapistAssignmentRecord(therapistId, assignedAt, endedAt, assignedBy);
    }
}
