package app.tether.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 16's six scenarios against real MariaDB servers, in order, one row each in
 * target/reliability-report.md (last line "held: K of 6"). CI runs the short version; the README's
 * figures come from scripts/reliability.sh, which runs the full one. A scenario that does not hold
 * fails its test, so the build (and the script) exits non-zero.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityTest {

    private static final Map<Integer, ScenarioResult> results = new TreeMap<>();
    private static final ReliabilitySettings settings = ReliabilitySettings.fromSystem();
    private static final Instant started = Instant.now();

    @Autowired ApplicationContext context;
    @LocalServerPort int port;

    @FunctionalInterface
    interface Scenario {
        ScenarioResult run(ReliabilityRun run) throws Exception;
    }

    @Test @Order(1) void load() throws Exception { check(1, "Load", LoadScenario::run); }

    @Test @Order(2) void database_restart() throws Exception { check(2, "Database restart", DatabaseRestartScenario::run); }

    @Test @Order(3) void crash() throws Exception { check(3, "Crash (SIGKILL)", CrashScenario::run); }

    @Test @Order(4) void hostile_input() throws Exception { check(4, "Hostile input", HostileInputScenario::run); }

    @Test @Order(5) void backup_and_restore() throws Exception { check(5, "Backup and restore", BackupScenario::run); }

    @Test @Order(6) void two_nodes() throws Exception { check(6, "Two nodes", TwoNodesScenario::run); }

    private void check(int number, String title, Scenario scenario) throws Exception {
        // The scenarios stop, copy and share the embedded server; scripts/reliability.sh forces it.
        org.junit.jupiter.api.Assumptions.assumeTrue(
                context.getBeanProvider(app.tether.base.db.EmbeddedMariaDb.class).getIfAvailable() != null,
                "the reliability run needs the embedded MariaDB (TETHER_TEST_DB=embedded)");
        Path dir = Path.of("target", "reliability", "scenario-" + number);
        Files.createDirectories(dir);
        ScenarioResult result;
        try {
            result = scenario.run(new ReliabilityRun(settings, context, port, dir.toAbsolutePath()));
        } catch (Exception | AssertionError e) {
            result = new ScenarioResult(number, title, "stopped with an exception", "", false,
                    java.util.List.of(e.toString()));
            synchronized (results) {
                results.put(number, result);
            }
            throw e;
        }
        synchronized (results) {
            results.put(number, result);
        }
        assertThat(result.problems()).as("scenario %d (%s)", number, result.title()).isEmpty();
        assertThat(result.held()).isTrue();
    }

    @AfterAll
    static void writeReport() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Reliability report\n\n");
        md.append(settings.full() ? "Full run" : "Short run (CI)").append(", ")
                .append(settings.load().toSeconds()).append(" s of load per scenario, started ")
                .append(started).append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores.\n\n");
        md.append("| # | Scenario | What was done | Figures | Held |\n|---|---|---|---|---|\n");
        int held = 0;
        for (int n = 1; n <= 6; n++) {
            ScenarioResult r = results.getOrDefault(n, ScenarioResult.notRun(n, "scenario " + n, "did not run"));
            if (r.held()) {
                held++;
            }
            md.append("| ").append(n).append(" | ").append(cell(r.title())).append(" | ").append(cell(r.done()))
                    .append(" | ").append(cell(r.figures())).append(" | ")
                    .append(r.held() ? "yes" : "no: " + cell(String.join("; ", r.problems()))).append(" |\n");
        }
        md.append("\nheld: ").append(held).append(" of 6\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "reliability-report.md"), md);
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", "<br>");
    }
}
