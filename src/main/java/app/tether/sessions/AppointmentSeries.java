package app.tether.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** What a weekly or fortnightly series was planned as; its occurrences are appointment rows. */
@Entity
@Table(name = "appointment_series")
class AppointmentSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "every_weeks", nullable = false)
    private int everyWeeks;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "until_day")
    private LocalDate untilDay;

    private Integer occurrences;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AppointmentSeries() {
    }

    AppointmentSeries(long caseId, int everyWeeks, LocalDate firstDay, LocalDate untilDay, Integer occurrences,
                      long createdBy, Instant now) {
        this.caseId = caseId;
        this.everyWeeks = everyWeeks;
        this.firstDay = firstDay;
        this.untilDay = untilDay;
        this.occurrences = occurrences;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }
}
