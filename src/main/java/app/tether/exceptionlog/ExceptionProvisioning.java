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

    public long log(long caseId, long clientId, EntryInput input, boolean reviewed) {
        var e = new ExceptionLogEntry(caseId, clientId, clock.instant());
        e.write(input, false, clock.instant());
        e.setReviewed(reviewed);
        return entries.save(e).getId();
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
