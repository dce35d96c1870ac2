package app.tether.demo;

import app.tether.base.DemoNotice;
import app.tether.security.AccountProvisioning;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Decided from the database, not from the setting: a demo seeded once stays there after
 * TETHER_DEMO_ENABLED is switched off. The case-study clients' accounts mark it; the answer is
 * read once per start (after seeding), so pages cost no query.
 */
@Component
class DemoPresence implements DemoNotice {

    static final List<String> MARKER_ACCOUNTS = List.of("chen.jing", "zhao.lei", "zhou.ting", "liu.jia");
    private static final Logger log = LoggerFactory.getLogger(DemoPresence.class);

    private final AccountProvisioning accounts;
    private volatile Boolean present;

    DemoPresence(AccountProvisioning accounts) {
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        present = accounts.allExist(MARKER_ACCOUNTS);
        if (present) {
            log.warn("The demo practice is present in this database: its logins and password are public "
                    + "(README.md). Do not enter real client data; use a fresh database for real work.");
        }
    }

    @Override
    public boolean demoPresent() {
        Boolean p = present;
        if (p == null) {
            p = accounts.allExist(MARKER_ACCOUNTS);
            present = p;
        }
        return p;
    }
}
