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

/** One change of lens after enrolment. Append-only, so not versioned. */
@Entity
@Table(name = "lens_change")
class LensChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_lens", nullable = false, length = 32)
    private Lens fromLens;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_lens", nullable = false, length = 32)
    private Lens toLens;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "changed_by_id", nullable = false)
    private Account changedBy;

    protected LensChange() {
    }

    LensChange(long caseId, Lens fromLens, Lens toLens, String reason, LocalDate changedOn, Instant changedAt,
               Account changedBy) {
        this.caseId = caseId;
        this.fromLens = fromLens;
        this.toLens = toLens;
        this.reason = reason;
        this.changedOn = changedOn;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    LensChangeRecord record() {
        return new LensChangeRecord(fromLens, toLens, reason, changedOn, changedBy.getDisplayName());
    }
}
