package app.tether.caseload;

import app.tether.security.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One closing or reopening of a case. Append-only, so not versioned. */
@Entity
@Table(name = "case_closure")
class CaseClosure {

    enum Action { CLOSED, REOPENED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Action action;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by_id", nullable = false)
    private Account recordedBy;

    protected CaseClosure() {
    }

    CaseClosure(long caseId, Action action, LocalDate effectiveOn, String reason, Instant recordedAt,
                Account recordedBy) {
        this.caseId = caseId;
        this.action = action;
        this.effectiveOn = effectiveOn;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    ClosureRecord record() {
        return new ClosureRecord(action == Action.CLOSED, effectiveOn, reason, recordedBy.getDisplayName());
    }
}
