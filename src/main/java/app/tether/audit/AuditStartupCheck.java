package app.tether.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Each start checks the audit chain in the background and says in the log whether it holds. */
@Component
class AuditStartupCheck {

    private static final Logger log = LoggerFactory.getLogger(AuditStartupCheck.class);
    private final AuditService audit;

    AuditStartupCheck(AuditService audit) {
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        Thread.ofVirtual().name("audit-chain-check").start(() -> {
            try {
                ChainCheck result = audit.verifyChain();
                if (result.intact()) {
                    log.info("Audit trail chain intact: {} lines verified", result.linesChecked());
                } else {
                    log.error("Audit trail chain BROKEN: {} (first broken line {}, row id {})",
                            result.problem(), result.brokenSeq(), result.brokenId());
                }
            } catch (RuntimeException e) {
                log.error("Audit trail chain could not be checked", e);
            }
        });
    }
}
