package app.tether.reliability;

import java.nio.file.Path;
import org.springframework.context.ApplicationContext;

/**
 * What a scenario gets: the settings, the test application (one shared context on the embedded
 * MariaDB; {@code port} is where it serves HTTP) and a folder under target/ for its logs and files.
 */
public record ReliabilityRun(ReliabilitySettings settings, ApplicationContext context, int port, Path workDir) {

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
