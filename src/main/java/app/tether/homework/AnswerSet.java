package app.tether.homework;

import app.tether.base.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The client's draft of an assignment (number 0), or one numbered submission of it. */
@Entity
@Table(name = "answer_set")
class AnswerSet extends VersionedEntity {

    enum Kind { DRAFT, SUBMISSION }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private Assignment assignment;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(nullable = false)
    private int number;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @org.hibernate.annotations.BatchSize(size = 64)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "answer_value", joinColumns = @JoinColumn(name = "answer_set_id"))
    private List<AnswerValue> values = new ArrayList<>();

    protected AnswerSet() {
    }

    AnswerSet(Assignment assignment, Kind kind, int number, Answers answers, Instant savedAt) {
        this.assignment = assignment;
        this.kind = kind;
        this.number = number;
        replace(answers, savedAt);
    }

    void replace(Answers answers, Instant at) {
        values.clear();
        values.addAll(AnswerValue.rowsOf(answers));
        savedAt = at;
    }

    Answers answers() {
        return AnswerValue.answersOf(values);
    }

    Assignment getAssignment() {
        return assignment;
    }

    int getNumber() {
        return number;
    }

    Instant getSavedAt() {
        return savedAt;
    }
}
