package app.tether.rituals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One partner's "done" for one day (daily ritual) or week (weekly). Added or taken back, never edited. */
@Entity
@Table(name = "ritual_tick")
class RitualTick {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ritual_id", nullable = false)
    private long ritualId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RitualTick() {
    }

    RitualTick(long ritualId, long clientId, LocalDate periodStart, LocalDate doneOn, Instant createdAt) {
        this.ritualId = ritualId;
        this.clientId = clientId;
        this.periodStart = periodStart;
        this.doneOn = doneOn;
        this.createdAt = createdAt;
    }

    long getRitualId() {
        return ritualId;
    }

    long getClientId() {
        return clientId;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    LocalDate getDoneOn() {
        return doneOn;
    }
}
