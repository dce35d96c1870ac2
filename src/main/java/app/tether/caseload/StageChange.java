package app.tether.caseload;

import app.tether.security.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One stage move in a case's history. Append-only, so not versioned. */
@Entity
@Table(name = "stage_change")
class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CareCase careCase;

    @Column(name = "from_stage")
    private Integer fromStage;

    @Column(name = "to_stage", nullable = false)
    private int toStage;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "changed_by_id", nullable = false)
    private Account changedBy;

    protected StageChange() {
    }

    StageChange(CareCase careCase, Integer fromStage, int toStage, String reason, LocalDate changedOn,
                Instant changedAt, Account changedBy) {
        this.careCase = careCase;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.reason = reason;
        this.changedOn = changedOn;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    Integer getFromStage() {
        return fromStage;
    }

    int getToStage() {
        return toStage;
    }

    String getReason() {
        return reason;
    }

    LocalDate getChangedOn() {
        return changedOn;
    }

    Account getChangedBy() {
        return changedBy;
    }
}
