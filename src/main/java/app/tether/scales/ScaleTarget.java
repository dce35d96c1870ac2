package app.tether.scales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The band on the scale the therapist and client aim for in a case. */
@Entity
@Table(name = "scale_target")
class ScaleTarget {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(nullable = false)
    private int low;

    @Column(nullable = false)
    private int high;

    @Version
    @Column(nullable = false)
    private long version;

    protected ScaleTarget() {
    }

    ScaleTarget(long caseId, int low, int high) {
        this.caseId = caseId;
        set(low, high);
    }

    void set(int low, int high) {
        this.low = low;
        this.high = high;
    }

    int getLow() {
        return low;
    }

    int getHigh() {
        return high;
    }
}
