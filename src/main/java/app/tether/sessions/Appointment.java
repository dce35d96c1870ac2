package app.tether.sessions;

import app.tether.base.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * A planned session with a case, at a wall-clock day and time in the practice's zone. Each state
 * change checks the current state, so a cancelled appointment cannot be marked attended by accident.
 */
@Entity
@Table(name = "appointment")
class Appointment extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(nullable = false)
    private LocalDate day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppointmentMode mode;

    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppointmentStatus status = AppointmentStatus.PLANNED;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by")
    private CancelledBy cancelledBy;

    @Column(name = "notice_hours")
    private Integer noticeHours;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @BatchSize(size = 64)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "appointment_partner", joinColumns = @JoinColumn(name = "appointment_id"))
    @Column(name = "client_id")
    private Set<Long> partners = new LinkedHashSet<>();

    protected Appointment() {
    }

    Appointment(long caseId, Long seriesId, LocalDate day, LocalTime startsAt, int minutes, Set<Long> partners,
                AppointmentMode mode, String place, long createdBy, Instant now) {
        this.caseId = caseId;
        this.seriesId = seriesId;
        this.day = day;
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.partners.addAll(partners);
        this.mode = mode;
        this.place = place;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves this occurrence only; the rest of its series stays where it was. */
    void moveTo(LocalDate day, LocalTime startsAt, int minutes, Instant now) {
        requireStatus(AppointmentStatus.PLANNED);
        this.day = day;
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.updatedAt = now;
    }

    void cancel(CancelledBy by, int noticeHours, Instant now) {
        requireStatus(AppointmentStatus.PLANNED);
        this.status = AppointmentStatus.CANCELLED;
        this.cancelledBy = by;
        this.noticeHours = noticeHours;
        this.updatedAt = now;
    }

    /** Attended or not attended; back to planned undoes either (not a cancellation). */
    void mark(AppointmentStatus to, Instant now) {
        if (to == AppointmentStatus.CANCELLED || status == AppointmentStatus.CANCELLED) {
            throw new IllegalStateException("Cancellation is not an attendance mark");
        }
        if (to == AppointmentStatus.PLANNED && sessionId != null) {
            throw new IllegalStateException("A recorded session was held");
        }
        this.status = to;
        this.updatedAt = now;
    }

    /** The session recorded from this appointment: it was attended. */
    void recordedAs(long sessionId, Instant now) {
        if (this.sessionId != null || status == AppointmentStatus.CANCELLED) {
            throw new IllegalStateException("Already recorded or cancelled");
        }
        this.sessionId = sessionId;
        this.status = AppointmentStatus.ATTENDED;
        this.updatedAt = now;
    }

    private void requireStatus(AppointmentStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Appointment is " + status);
        }
    }

    LocalDateTime start() {
        return day.atTime(startsAt);
    }

    LocalDateTime end() {
        return start().plusMinutes(minutes);
    }

    boolean overlaps(LocalDateTime from, LocalDateTime to) {
        return status != AppointmentStatus.CANCELLED && start().isBefore(to) && from.isBefore(end());
    }

    long getCaseId() {
        return caseId;
    }

    Long getSeriesId() {
        return seriesId;
    }

    LocalDate getDay() {
        return day;
    }

    LocalTime getStartsAt() {
        return startsAt;
    }

    int getMinutes() {
        return minutes;
    }

    AppointmentMode getMode() {
        return mode;
    }

    String getPlace() {
        return place;
    }

    AppointmentStatus getStatus() {
        return status;
    }

    CancelledBy getCancelledBy() {
        return cancelledBy;
    }

    Integer getNoticeHours() {
        return noticeHours;
    }

    Long getSessionId() {
        return sessionId;
    }

    Set<Long> getPartners() {
        return partners;
    }
}
