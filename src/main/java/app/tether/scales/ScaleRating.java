package app.tether.scales;

import app.tether.base.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "scale_rating")
class ScaleRating extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "rated_on", nullable = false)
    private LocalDate ratedOn;

    @Column(nullable = false)
    private int value;

    @Column(length = 500)
    private String note;

    /** Follow-up: what keeps the rating from being lower; null when not answered. */
    @Column(name = "not_lower", columnDefinition = "TEXT")
    private String notLower;

    /** Follow-up: what one point higher would look like; null when not answered. */
    @Column(name = "one_higher", columnDefinition = "TEXT")
    private String oneHigher;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private RatingSource source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** The session an in-session rating was given in; null for other sources. */
    @Column(name = "session_id")
    private Long sessionId;

    protected ScaleRating() {
    }

    ScaleRating(long caseId, long clientId, LocalDate ratedOn, int value, String note, RatingSource source,
                Instant createdAt) {
        this.caseId = caseId;
        this.clientId = clientId;
        this.ratedOn = ratedOn;
        this.value = value;
        this.note = note;
        this.source = source;
        this.createdAt = createdAt;
    }

    static ScaleRating inSession(long caseId, long clientId, long sessionId, LocalDate day, int value, Instant now) {
        ScaleRating r = new ScaleRating(caseId, clientId, day, value, null, RatingSource.SESSION, now);
        r.sessionId = sessionId;
        return r;
    }

    void moveTo(LocalDate day) {
        this.ratedOn = day;
    }

    Long getSessionId() {
        return sessionId;
    }

    /** A changed value is new evidence for the home screen, so the change time is kept apart from the creation. */
    void change(int value, String note, Instant now) {
        this.value = value;
        this.note = note;
        this.updatedAt = now;
    }

    /** The follow-ups replace the earlier ones as a whole: a cleared answer is gone. */
    void answer(ScaleFollowUp followUp) {
        this.notLower = followUp.notLower();
        this.oneHigher = followUp.oneHigher();
    }

    ScaleFollowUp followUp() {
        return new ScaleFollowUp(notLower, oneHigher);
    }

    long getClientId() {
        return clientId;
    }

    LocalDate getRatedOn() {
        return ratedOn;
    }

    int getValue() {
        return value;
    }

    String getNote() {
        return note;
    }

    RatingSource getSource() {
        return source;
    }
}
