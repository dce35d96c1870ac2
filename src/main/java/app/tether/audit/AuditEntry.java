package app.tether.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the append-only audit trail; never edited, so it carries no version. */
@Entity
@Table(name = "audit_event")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(nullable = false, length = 48)
    private String action;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(length = 255)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, AuditEvent e) {
        this.at = at;
        this.actorId = e.actorId();
        this.action = e.action();
        this.caseId = e.caseId();
        this.subjectId = e.subjectId();
        this.detail = e.detail();
    }

    AuditRecord record() {
        return new AuditRecord(id, at, actorId, action, caseId, subjectId, detail);
    }
}
