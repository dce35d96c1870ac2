package app.tether.sessions;

import app.tether.scales.SessionRating;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;

/** A version of a session record that a later edit replaced; never changed once written. */
@Entity
@Table(name = "session_revision")
class SessionRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "held_at", nullable = false)
    private LocalDateTime heldAt;

    @Column(nullable = false, length = 255)
    private String attendees;

    @Column(columnDefinition = "TEXT")
    private String notes;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "replaced_by", nullable = false)
    private long replacedBy;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    /** The in-session rating per client (account id) this version had, with its follow-ups. */
    @BatchSize(size = 64)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_revision_rating", joinColumns = @JoinColumn(name = "revision_id"))
    @MapKeyColumn(name = "client_id")
    private Map<Long, RevisionRating> ratings = new HashMap<>();

    protected SessionRevision() {
    }

    SessionRevision(TherapySession old, Map<Long, SessionRating> oldRatings, int revision, long replacedBy,
                    Instant replacedAt) {
        this.sessionId = old.getId();
        this.revision = revision;
        this.heldAt = old.getHeldAt();
        this.attendees = old.getAttendees().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.notes = old.getNotes();
        this.savedAt = old.getUpdatedAt();
        this.replacedBy = replacedBy;
        this.replacedAt = replacedAt;
        oldRatings.forEach((clientId, r) -> this.ratings.put(clientId, new RevisionRating(r.value(), r.followUp())));
    }

    int getRevision() {
        return revision;
    }

    LocalDateTime getHeldAt() {
        return heldAt;
    }

    List<Long> attendeeIds() {
        return attendees.isEmpty() ? List.of() : Arrays.stream(attendees.split(",")).map(Long::valueOf).toList();
    }

    String getNotes() {
        return notes;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    long getReplacedBy() {
        return replacedBy;
    }

    Map<Long, RevisionRating> getRatings() {
        return ratings;
    }

    Instant getReplacedAt() {
        return replacedAt;
    }
}
