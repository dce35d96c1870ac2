package app.tether.sessions;

import app.tether.base.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;

/** A session held with a case: when, who attended, the stage then, and the therapist's notes. */
@Entity
@Table(name = "therapy_session")
class TherapySession extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "held_at", nullable = false)
    private LocalDateTime heldAt;

    private Integer stage;

    @Column(columnDefinition = "TEXT")
    private String notes;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @BatchSize(size = 64)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_attendee", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "client_id")
    private Set<Long> attendees = new LinkedHashSet<>();

    // Setting homework does not conflict with someone editing the notes at the same time.
    @OptimisticLock(excluded = true)
    @BatchSize(size = 64)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_homework", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "assignment_id")
    private Set<Long> homework = new LinkedHashSet<>();

    protected TherapySession() {
    }

    TherapySession(long caseId, long createdBy, Instant now) {
        this.caseId = caseId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void write(LocalDateTime heldAt, Integer stage, Set<Long> attendees, String notes, Instant now) {
        this.heldAt = heldAt;
        this.stage = stage;
        this.attendees.clear();
        this.attendees.addAll(attendees);
        this.notes = notes;
        this.updatedAt = now;
    }

    void addHomework(Iterable<Long> assignmentIds) {
        assignmentIds.forEach(homework::add);
    }

    long getCaseId() {
        return caseId;
    }

    LocalDateTime getHeldAt() {
        return heldAt;
    }

    Integer getStage() {
        return stage;
    }

    String getNotes() {
        return notes;
    }

    Set<Long> getAttendees() {
        return attendees;
    }

    Set<Long> getHomework() {
        return homework;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
