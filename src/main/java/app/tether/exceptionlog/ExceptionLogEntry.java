package app.tether.exceptionlog;

import app.tether.base.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/** One moment when the problem was smaller, in the client's words. "Exception" is the clinical term. */
@Entity
@Table(name = "exception_entry")
class ExceptionLogEntry extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    /** The key the form made for this new moment (V026): a retry of the same save finds it. */
    @Column(name = "request_key", length = 36)
    private String requestKey;

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

    /** The therapist marked it significant (V020): a client's edit keeps the mark, and the client is told. */
    @Column(name = "significant_by_therapist", nullable = false)
    private boolean significantByTherapist;

    @Column(nullable = false)
    private boolean reviewed;

    @Column(nullable = false)
    private boolean shared;

    @Column(nullable = false)
    private boolean draft;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Set when the client deleted an entry the therapist keeps (see ExceptionLogService#delete). */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "exception_tag", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "tag", length = 60)
    private Set<String> tags = new LinkedHashSet<>();

    protected ExceptionLogEntry() {
    }

    ExceptionLogEntry(long caseId, long clientId, Instant now) {
        this.caseId = caseId;
        this.clientId = clientId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void write(EntryInput in, boolean asDraft, Instant now) {
        this.happenedAt = in.happenedAt();
        this.context = blankToNull(in.context());
        this.behaviour = blankToNull(in.behaviour());
        this.thoughts = blankToNull(in.thoughts());
        this.emotions = blankToNull(in.emotions());
        this.meaning = blankToNull(in.meaning());
        this.significant = in.significant() || significantByTherapist;
        this.draft = asDraft;
        this.updatedAt = now;
        this.tags.clear();
        this.tags.addAll(in.tags());
    }

    /** Whether the input says something other than what is stored (the significant flag aside). */
    boolean differsFrom(EntryInput in) {
        // The database keeps microseconds: a time read back from it is the same moment.
        return in.happenedAt() == null
                || !happenedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS)
                        .equals(in.happenedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS))
                || !java.util.Objects.equals(context, blankToNull(in.context()))
                || !java.util.Objects.equals(behaviour, blankToNull(in.behaviour()))
                || !java.util.Objects.equals(thoughts, blankToNull(in.thoughts()))
                || !java.util.Objects.equals(emotions, blankToNull(in.emotions()))
                || !java.util.Objects.equals(meaning, blankToNull(in.meaning()))
                || !tags.equals(new java.util.HashSet<>(in.tags()));
    }

    /** The client takes it back: it leaves both clients' views and stays for the therapist. */
    void withdraw(Instant now) {
        if (draft || withdrawnAt != null) {
            throw new IllegalStateException("Only a saved entry can be withdrawn, once");
        }
        this.withdrawnAt = now;
        this.shared = false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Set once, when a new moment is saved with the key of its form. */
    void keyedBy(java.util.UUID key) {
        if (key != null && requestKey == null) {
            this.requestKey = key.toString();
        }
    }

    long getCaseId() {
        return caseId;
    }

    long getClientId() {
        return clientId;
    }

    LocalDateTime getHappenedAt() {
        return happenedAt;
    }

    String getContext() {
        return context;
    }

    String getBehaviour() {
        return behaviour;
    }

    String getThoughts() {
        return thoughts;
    }

    String getEmotions() {
        return emotions;
    }

    String getMeaning() {
        return meaning;
    }

    boolean isSignificant() {
        return significant;
    }

    /** The therapist's mark: setting it marks the moment for both; clearing it clears the client's too. */
    void setSignificant(boolean significant) {
        this.significant = significant;
        this.significantByTherapist = significant;
    }

    boolean isSignificantByTherapist() {
        return significantByTherapist;
    }

    boolean isReviewed() {
        return reviewed;
    }

    void setReviewed(boolean reviewed) {
        this.reviewed = reviewed;
    }

    boolean isShared() {
        return shared;
    }

    void setShared(boolean shared) {
        this.shared = shared;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    boolean isDraft() {
        return draft;
    }

    Set<String> getTags() {
        return tags;
    }
}
