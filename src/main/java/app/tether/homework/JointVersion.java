package app.tether.homework;

import app.tether.base.VersionedEntity;
import app.tether.security.Account;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One save of a shared answer, kept with its author; never changed except to note which send it became. */
@Entity
@Table(name = "joint_answer_version")
class JointVersion extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "joint_answer_id", nullable = false)
    private JointAnswer jointAnswer;

    @Column(nullable = false)
    private int number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Account author;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "sent_number")
    private Integer sentNumber;

    @org.hibernate.annotations.BatchSize(size = 64)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "joint_version_value", joinColumns = @JoinColumn(name = "joint_version_id"))
    private List<AnswerValue> values = new ArrayList<>();

    protected JointVersion() {
    }

    JointVersion(JointAnswer jointAnswer, int number, Account author, Answers answers, Instant savedAt) {
        this.jointAnswer = jointAnswer;
        this.number = number;
        this.author = author;
        this.savedAt = savedAt;
        values.addAll(AnswerValue.rowsOf(answers));
    }

    Answers answers() {
        return AnswerValue.answersOf(values);
    }

    int getNumber() {
        return number;
    }

    Account getAuthor() {
        return author;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    Integer getSentNumber() {
        return sentNumber;
    }

    void sentAs(int submissionNumber) {
        this.sentNumber = submissionNumber;
    }
}
