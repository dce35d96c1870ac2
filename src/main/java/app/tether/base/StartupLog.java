package app.tether.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** One clear line when the app is ready: where to open it and where the demo logins are. */
@Component
class StartupLog {

    private static final Logger log = LoggerFactory.getLogger(StartupLog.class);
    private final Environment env;
    private final DatabaseMode mode;

    StartupLog(Environment env, DatabaseMode mode) {
        this.env = env;
        this.mode = mode;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        log.info("Tether is running at http://localhost:{}/ ({} database{})", port,
                mode.embedded() ? "embedded MariaDB" : "external",
                mode.demoEnabled() ? "; demo logins are listed in README.md, password 'tether-demo'" : "");
    }
}
