package app.tether.exceptionlog;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** System-side entries with past dates, for the demo practice and the benchmark only. */
@Component
@Transactional
public class ExceptionProvisioning {

    private final ExceptionLogRepository entries;
    private final Clock clock;

    ExceptionProvisioning(ExceptionLogRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * A moment as if logged earlier. A significant moment the therapist has already read counts as
     * one the therapist marked significant (the demo's story: they read it and marked it).
     */
    public long log(long caseId, long clientId, EntryInput input, boolean reviewed) {
        var e = new ExceptionLogEntry(caseId, clientId, clock.instant());
        e.write(input, false, clock.instant());
        e.setReviewed(reviewed);
        if (reviewed && input.significant()) {
            e.setSignificant(true);
        }
        return entries.save(e).getId();
    }

    /** A client's own moments, the oldest first (demo homework links some of them). */
    public List<MomentRef> momentsOf(long caseId, long clientId) {
        return entries.findVisibleToClient(caseId, clientId).reversed().stream()
                .filter(e -> e.getClientId() == clientId)
                .map(e -> new MomentRef(e.getId(), clientId, "", e.getHappenedAt(),
                        EntryView.firstWords(new String[] {e.getContext(), e.getBehaviour(), e.getThoughts(),
                            e.getEmotions(), e.getMeaning()}, MomentRef.SUMMARY_CHARS),
                        e.isSignificant(), e.isSignificantByTherapist(), false)).toList();
    }

    /** Many entries in one transaction (the benchmark's two years). */
    public void logAll(long caseId, long clientId, List<EntryInput> inputs) {
        for (EntryInput in : inputs) {
            var e = new ExceptionLogEntry(caseId, clientId, clock.instant());
            e.write(in, false, clock.instant());
            e.setReviewed(true);
            entries.save(e);
        }
    }
}
