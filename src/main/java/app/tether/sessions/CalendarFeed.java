package app.tether.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A therapist's private calendar feed: the token is the only key, so it is long and random. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(name = "therapist_id")
    private Long therapistId;

    @Column(nullable = false)
    private String token;

    @Column(name = "full_names", nullable = false)
    private boolean fullNames;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CalendarFeed() {
    }

    CalendarFeed(long therapistId, String token, boolean fullNames, Instant now) {
        this.therapistId = therapistId;
        this.token = token;
        this.fullNames = fullNames;
        this.createdAt = now;
    }

    long getTherapistId() {
        return therapistId;
    }

    String getToken() {
        return token;
    }

    boolean isFullNames() {
        return fullNames;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
