package app.tether.caseload;

import app.tether.base.VersionedEntity;
import app.tether.security.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A case: one client or a couple, with one treating therapist and the programme enrolment. */
@Entity
@Table(name = "care_case")
class CareCase extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private CaseKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapist_id", nullable = false)
    private Account therapist;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "case_client",
            joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "position")
    private List<Account> clients = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 32)
    private Lens lens;

    @Column(name = "programme_start")
    private LocalDate programmeStart;

    @Column(name = "current_stage")
    private Integer currentStage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_reason", length = 1000)
    private String closedReason;

    protected CareCase() {
    }

    CareCase(CaseKind kind, Account therapist, List<Account> clients, Instant createdAt) {
        this.kind = kind;
        this.therapist = therapist;
        this.clients.addAll(clients);
        this.createdAt = createdAt;
    }

    CaseKind getKind() {
        return kind;
    }

    Account getTherapist() {
        return therapist;
    }

    void setTherapist(Account therapist) {
        this.therapist = therapist;
    }

    List<Account> getClients() {
        return clients;
    }

    Lens getLens() {
        return lens;
    }

    LocalDate getProgrammeStart() {
        return programmeStart;
    }

    Integer getCurrentStage() {
        return currentStage;
    }

    boolean isEnrolled() {
        return programmeStart != null;
    }

    void enrol(Lens lens, LocalDate start) {
        this.lens = lens;
        this.programmeStart = start;
        this.currentStage = 1;
    }

    void moveTo(int stage) {
        requireOpen();
        this.currentStage = stage;
    }

    void changeLens(Lens lens) {
        requireOpen();
        this.lens = lens;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    LocalDate getClosedOn() {
        return closedOn;
    }

    String getClosedReason() {
        return closedReason;
    }

    boolean isClosed() {
        return closedOn != null;
    }

    void close(LocalDate on, String reason) {
        requireOpen();
        this.closedOn = on;
        this.closedReason = reason;
    }

    void reopen() {
        if (!isClosed()) {
            throw new IllegalStateException("Case " + getId() + " is open");
        }
        this.closedOn = null;
        this.closedReason = null;
    }

    private void requireOpen() {
        if (isClosed()) {
            throw new IllegalStateException("Case " + getId() + " is closed");
        }
    }
}
