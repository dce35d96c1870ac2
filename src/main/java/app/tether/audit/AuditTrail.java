package app.tether.audit;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every published {@link AuditEvent} in the publisher's transaction, so an action and its
 * audit line are stored together or not at all.
 */
@Component
class AuditTrail {

    private final AuditRepository entries;
    private final Clock clock;

    AuditTrail(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(AuditEvent event) {
        entries.save(new AuditEntry(clock.instant(), event));
    }
}
