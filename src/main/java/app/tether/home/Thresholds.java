package app.tether.home;

import app.tether.base.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A therapist's own {@link AttentionSettings}, stored once they change one. */
@Entity
@Table(name = "attention_settings")
class Thresholds extends VersionedEntity {

    @Column(name = "therapist_id", nullable = false)
    private long therapistId;

    @Column(name = "rating_drop_points", nullable = false)
    private int ratingDropPoints;

    @Column(name = "rating_drop_days", nullable = false)
    private int ratingDropDays;

    @Column(name = "review_wait_days", nullable = false)
    private int reviewWaitDays;

    @Column(name = "overdue_days", nullable = false)
    private int overdueDays;

    @Column(name = "no_session_days", nullable = false)
    private int noSessionDays;

    @Column(name = "no_moment_days", nullable = false)
    private int noMomentDays;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Thresholds() {
    }

    Thresholds(long therapistId) {
        this.therapistId = therapistId;
    }

    void set(AttentionSettings s, Instant now) {
        this.ratingDropPoints = s.ratingDropPoints();
        this.ratingDropDays = s.ratingDropDays();
        this.reviewWaitDays = s.reviewWaitDays();
        this.overdueDays = s.overdueDays();
        this.noSessionDays = s.noSessionDays();
        this.noMomentDays = s.noMomentDays();
        this.updatedAt = now;
    }

    AttentionSettings settings() {
        return new AttentionSettings(ratingDropPoints, ratingDropDays, reviewWaitDays, overdueDays, noSessionDays,
                noMomentDays);
    }
}
