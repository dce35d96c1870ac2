package app.tether.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One line of the append-only audit trail, for reading only: lines are written by {@link AuditChain}. */
@Entity
@Table(name = "audit_event")
@org.hibernate.annotations.Immutable
class AuditEntry {

    @Id
    private Long id;

    private Long seq;

    // Stored as UTC wall-clock time.
    @Column(nullable = false)
    private LocalDateTime at;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "actor_role")
    private String actorRole;

    @Column(name = "remote_address")
    private String remoteAddress;

    private String action;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "subject_id")
    private Long subjectId;

    private String detail;

    private String outcome;

    protected AuditEntry() {
    }

    AuditRecord record() {
        return new AuditRecord(id, seq, at.toInstant(ZoneOffset.UTC), actorId, actorName, actorRole, remoteAddress,
                action, caseId, entityType, subjectId, detail, outcome);
    }
}
