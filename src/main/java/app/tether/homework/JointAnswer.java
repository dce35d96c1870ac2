package app.tether.homework;

import app.tether.base.VersionedEntity;
import app.tether.security.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one shared answer of a joint pair (decision 033). Its version guards saves: each save names the
 * version its screen last saw, and a save made on an older one is refused with the newer text.
 */
@Entity
@Table(name = "joint_answer")
class JointAnswer extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "pair_key", nullable = false, length = 36)
    private String pairKey;

    @Column(nullable = false)
    private int saves;

    protected JointAnswer() {
    }

    JointAnswer(long caseId, String pairKey) {
        this.caseId = caseId;
        this.pairKey = pairKey;
    }

    long getCaseId() {
        return caseId;
    }

    String getPairKey() {
        return pairKey;
    }

    int getSaves() {
        return saves;
    }

    /** A new save of the shared text; counting it moves this answer's version. */
    JointVersion save(Account author, Answers answers, Instant at) {
        saves++;
        return new JointVersion(this, saves, author, answers, at);
    }
}
