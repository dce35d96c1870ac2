package app.tether.sessions;

import java.util.List;

/**
 * The result of planning or moving: the appointments saved, or, when they would overlap others of
 * the therapist's and that was not accepted yet, nothing saved and the overlaps to confirm.
 */
public record PlanResult(List<AppointmentRecord> saved, List<Overlap> overlaps) {

    public PlanResult {
        saved = List.copyOf(saved);
        overlaps = List.copyOf(overlaps);
    }

    public boolean needsConfirmation() {
        return saved.isEmpty() && !overlaps.isEmpty();
    }
}
