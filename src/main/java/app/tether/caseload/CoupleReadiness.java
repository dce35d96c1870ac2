package app.tether.caseload;

import java.util.List;

/**
 * Where a couple stands on exercises that have the partners talk together: the assessment that
 * counts ({@code current}, null while not yet assessed) and every assessment, latest first.
 */
public record CoupleReadiness(ReadinessRecord current, List<ReadinessRecord> history) {

    public CoupleReadiness {
        history = List.copyOf(history);
    }

    /** Marked not ready: assigning a talking-together exercise asks first (decision 031). */
    public boolean notReady() {
        return current != null && !current.ready();
    }

    public boolean assessed() {
        return current != null;
    }
}
