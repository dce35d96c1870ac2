package app.tether.exceptionlog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** The text of an exception-log entry as it stood before its author changed it; never changed once written. */
@Entity
@Table(name = "exception_entry_version")
class ExceptionEntryVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "happened_at", nullable = false)
    private LocalDateTime happenedAt;

    @Column(columnDefinition = "TEXT")
    private String context;

    @Column(columnDefinition = "TEXT")
    private String behaviour;

    @Column(columnDefinition = "TEXT")
    private String thoughts;

    @Column(columnDefinition = "TEXT")
    private String emotions;

    @Column(columnDefinition = "TEXT")
    private String meaning;

    @Column(nullable = false)
    private boolean significant;

    @Column(name = "was_reviewed", nullable = false)
    private boolean wasReviewed;

    @Column(name = "was_shared", nullable = false)
    private boolean wasShared;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "replaced_by", nullable = false)
    private long replacedBy;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    @BatchSize(size = 32)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exception_entry_version_tag", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "tag", length = 60)
    private Set<String> tags = new LinkedHashSet<>();

    protected ExceptionEntryVersion() {
    }

    ExceptionEntryVersion(ExceptionLogEntry old, long replacedBy, Instant replacedAt) {
        this.entryId = old.getId();
        this.happenedAt = old.getHappenedAt();
        this.context = old.getContext();
        this.behaviour = old.getBehaviour();
        this.thoughts = old.getThoughts();
        this.emotions = old.getEmotions();
        this.meaning = old.getMeaning();
        this.significant = old.isSignificant();
        this.wasReviewed = old.isReviewed();
        this.wasShared = old.isShared();
        this.savedAt = old.getUpdatedAt();
        this.replacedBy = replacedBy;
        this.replacedAt = replacedAt;
        this.tags.addAll(old.getTags());
    }

    EntryVersionView view(String replacedByName) {
        return new EntryVersionView(entryId, happenedAt, context, behaviour, thoughts, emotions, meaning,
                tags.stream().sorted().toList(), significant, wasReviewed, wasShared, savedAt, replacedByName,
                replacedAt);
    }

    long getReplacedBy() {
        return replacedBy;
    }
}
