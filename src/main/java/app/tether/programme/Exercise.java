package app.tether.programme;

import app.tether.base.VersionedEntity;
import app.tether.caseload.Lens;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "exercise")
class Exercise extends VersionedEntity {

    @Column(length = 48, unique = true)
    private String code;

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

    @Column(nullable = false)
    private boolean partner;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @org.hibernate.annotations.BatchSize(size = 64)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exercise_field", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "position")
    private List<ExerciseField> fields = new ArrayList<>();

    @org.hibernate.annotations.BatchSize(size = 64)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exercise_lens_tag", joinColumns = @JoinColumn(name = "exercise_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "lens", nullable = false, length = 32)
    private Set<Lens> lensTags = new HashSet<>();

    @org.hibernate.annotations.BatchSize(size = 64)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exercise_stage_tag", joinColumns = @JoinColumn(name = "exercise_id"))
    @Column(name = "stage", nullable = false)
    private Set<Integer> stageTags = new HashSet<>();

    protected Exercise() {
    }

    Exercise(String code, boolean builtin, Long createdBy, Instant createdAt) {
        this.code = code;
        this.builtin = builtin;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void define(int stage, String title, String instructions, Recurrence recurrence, boolean partner,
                List<FieldSpec> specs) {
        if (partner && recurrence == Recurrence.WEEKLY) {
            // A week's pieces of both partners are not paired (decision record 034).
            throw new IllegalArgumentException("A partner exercise is not weekly");
        }
        this.stage = stage;
        this.title = title;
        this.instructions = instructions;
        this.recurrence = recurrence;
        this.partner = partner;
        this.fields.clear();
        specs.forEach(s -> this.fields.add(ExerciseField.of(s)));
    }

    /** Tags of a practice's own exercise; a stage tag equal to its own stage says nothing and is not kept. */
    void tag(Set<Lens> lenses, Set<Integer> stages) {
        lensTags.retainAll(lenses);
        lensTags.addAll(lenses);
        Set<Integer> others = new HashSet<>(stages);
        others.remove(stage);
        stageTags.retainAll(others);
        stageTags.addAll(others);
    }

    ExerciseDefinition definition() {
        return new ExerciseDefinition(getId(), code, builtin, stage, title, instructions, recurrence, partner,
                fields.stream().map(ExerciseField::spec).toList(), createdBy, getVersion(), lensTags, stageTags);
    }

    String getCode() {
        return code;
    }

    boolean isBuiltin() {
        return builtin;
    }
}
