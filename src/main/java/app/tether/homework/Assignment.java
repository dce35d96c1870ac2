package app.tether.homework;

import app.tether.base.VersionedEntity;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.ExerciseField;
import app.tether.programme.FieldSpec;
import app.tether.programme.Recurrence;
import app.tether.security.Account;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Homework for one client, with its own copy of the exercise as it was when assigned. */
@Entity
@Table(name = "assignment")
class Assignment extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Account client;

    @Column(name = "exercise_id")
    private Long exerciseId;

    @Column(name = "exercise_code", length = 48)
    private String exerciseCode;

    @Column(nullable = false)
    private boolean builtin;

    @Column(nullable = false)
    private int stage;

    @Column(nullable = false, length = 160)
    private String title;

    @Column(nullable = false, length = 4000)
    private String instructions;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16)
    private Recurrence recurrence;

    @Column(name = "pair_key", length = 36)
    private String pairKey;

    /** One shared answer for the pair (decision 033): the answer lives in {@link JointAnswer}, not in drafts. */
    @Column(nullable = false)
    private boolean joint;
    /** A weekly exercise's weeks share this key; null otherwise (decision record 034). */
    @Column(name = "series_key", length = 36)
    private String seriesKey;

    /** The Monday of the week this piece of a weekly exercise belongs to; null otherwise. */
    @Column(name = "week_of")
    private LocalDate weekOf;

    @Column(length = 2000)
    private String note;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private AssignmentStatus status = AssignmentStatus.OPEN;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assigned_by", nullable = false)
    private Account assignedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @org.hibernate.annotations.BatchSize(size = 64)
    @OneToMany(mappedBy = "assignment", cascade = CascadeType.PERSIST)
    @OrderBy("writtenAt asc, id asc")
    private List<ReviewComment> comments = new ArrayList<>();

    @org.hibernate.annotations.BatchSize(size = 64)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assignment_field", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "position")
    private List<ExerciseField> fields = new ArrayList<>();

    protected Assignment() {
    }

    Assignment(long caseId, Account client, ExerciseDefinition exercise, String pairKey, String note,
               LocalDate dueOn, Instant assignedAt, Account assignedBy) {
        this(caseId, client, exercise, pairKey, false, note, dueOn, assignedAt, assignedBy);
    }

    Assignment(long caseId, Account client, ExerciseDefinition exercise, String pairKey, boolean joint, String note,
               LocalDate dueOn, Instant assignedAt, Account assignedBy) {
        this.joint = joint && pairKey != null;
        this.caseId = caseId;
        this.client = client;
        this.exerciseId = exercise.id();
        this.exerciseCode = exercise.code();
        this.builtin = exercise.builtin();
        this.stage = exercise.stage();
        this.title = exercise.title();
        this.instructions = exercise.instructions();
        this.recurrence = exercise.recurrence();
        this.pairKey = pairKey;
        this.note = note;
        this.dueOn = dueOn;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
        exercise.fields().forEach(f -> this.fields.add(ExerciseField.of(f)));
    }

    /**
     * Makes this new piece the first week of a weekly series: the week of {@code monday}, due on its
     * Sunday (decision record 034).
     */
    void startWeekly(LocalDate monday) {
        if (recurrence != Recurrence.WEEKLY || getId() != null) {
            throw new IllegalStateException("Only a new weekly piece starts a series");
        }
        this.seriesKey = java.util.UUID.randomUUID().toString();
        this.weekOf = monday;
        this.dueOn = monday.plusDays(6);
    }

    /**
     * The same exercise for a later week of this series: the same copy of the prompts and note, no
     * answers.
     */
    Assignment nextWeek(LocalDate monday, Instant at) {
        if (seriesKey == null || !monday.isAfter(weekOf)) {
            throw new IllegalStateException("A series moves on to a later week");
        }
        Assignment next = new Assignment();
        next.caseId = caseId;
        next.client = client;
        next.exerciseId = exerciseId;
        next.exerciseCode = exerciseCode;
        next.builtin = builtin;
        next.stage = stage;
        next.title = title;
        next.instructions = instructions;
        next.recurrence = recurrence;
        // Never paired nor joint: partner and joint exercises are one-off (HomeworkService.assign refuses
        // a weekly one).
        next.seriesKey = seriesKey;
        next.weekOf = monday;
        next.dueOn = monday.plusDays(6);
        next.note = note;
        next.assignedAt = at;
        next.assignedBy = assignedBy;
        fields.forEach(f -> next.fields.add(ExerciseField.of(f.spec())));
        return next;
    }

    String getSeriesKey() {
        return seriesKey;
    }

    LocalDate getWeekOf() {
        return weekOf;
    }

    long getCaseId() {
        return caseId;
    }

    Account getClient() {
        return client;
    }

    /** The library row it was assigned from; null once that row is gone. */
    Long getExerciseId() {
        return exerciseId;
    }

    String getExerciseCode() {
        return exerciseCode;
    }

    boolean isBuiltin() {
        return builtin;
    }

    int getStage() {
        return stage;
    }

    String getTitle() {
        return title;
    }

    String getInstructions() {
        return instructions;
    }

    Recurrence getRecurrence() {
        return recurrence;
    }

    String getPairKey() {
        return pairKey;
    }

    boolean isJoint() {
        return joint;
    }

    String getNote() {
        return note;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    AssignmentStatus getStatus() {
        return status;
    }

    Instant getAssignedAt() {
        return assignedAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }

    Account getAssignedBy() {
        return assignedBy;
    }

    /** The review comments in the order written, the later ones following what the client had read. */
    List<ReviewComment> getReviewComments() {
        return java.util.Collections.unmodifiableList(comments);
    }

    /** Every review comment as one text (blank lines between), or null: what a single comment used to be. */
    String getReviewComment() {
        return comments.isEmpty() ? null
                : String.join("\n\n", comments.stream().map(ReviewComment::getBody).toList());
    }

    ReviewComment addComment(Account author, String body, Instant at) {
        if (status != AssignmentStatus.REVIEWED) {
            throw new IllegalStateException("Comments follow a review");
        }
        var comment = new ReviewComment(this, author, body, at);
        comments.add(comment);
        return comment;
    }

    /** Assigned from this exercise (by id; by code for a framework exercise whose row was replaced). */
    boolean isCopyOf(ExerciseDefinition exercise) {
        if (exerciseId != null) {
            return exerciseId == exercise.id();
        }
        return exerciseCode != null && exerciseCode.equals(exercise.code());
    }

    List<FieldSpec> fieldSpecs() {
        return fields.stream().map(ExerciseField::spec).toList();
    }

    void cancel() {
        status = AssignmentStatus.CANCELLED;
    }

    void submitted(Instant at) {
        status = AssignmentStatus.SUBMITTED;
        submittedAt = at;
    }

    void reviewed(Instant at, String comment, Account by) {
        if (status != AssignmentStatus.SUBMITTED) {
            throw new IllegalStateException("Only sent homework can be reviewed");
        }
        status = AssignmentStatus.REVIEWED;
        reviewedAt = at;
        if (comment != null) {
            addComment(by, comment, at);
        }
    }
}
