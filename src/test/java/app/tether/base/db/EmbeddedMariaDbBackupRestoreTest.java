package app.tether.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.security.AccountProvisioning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, scenario 5: scripts/backup.sh takes a snapshot of the running test database and
 * scripts/restore.sh loads it into a scratch database on the same server; every table has the
 * same rows (count and CHECKSUM TABLE) in both. The scratch database is dropped afterwards, so
 * the other tests sharing the server never see it.
 */
@IntegrationTest
class EmbeddedMariaDbBackupRestoreTest {

    static final String SCRATCH = "tether_restore_check";
    static final long SCRIPT_TIMEOUT_SECONDS = 60;

    @Autowired ObjectProvider<EmbeddedMariaDb> embedded;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountProvisioning accounts;
    @Autowired CaseProvisioning cases;
    @Value("${tether.embedded-db.data-dir:}") String embeddedDataDir;
    @TempDir Path backups;

    @Test
    void a_backup_restored_into_an_empty_database_has_every_row_of_every_table() throws Exception {
        assumeTrue(embedded.getIfAvailable() != null, "runs against the embedded MariaDB (its client tools come with it)");
        var data = new TestData(accounts, cases);
        Person therapist = data.therapist();
        data.enrolledCase(therapist, Lens.CONNECTION, 12, data.client("Backup Person ✓ ‮ 'quoted'"), data.client("Second"));

        Path dataDir = Path.of(embeddedDataDir).toAbsolutePath().normalize();
        Path bin = dataDir.resolveSibling(dataDir.getFileName() + "-base").resolve("bin");
        String source = jdbc.queryForObject("SELECT DATABASE()", String.class);
        String socket = jdbc.queryForObject("SELECT @@socket", String.class);
        String admin = System.getProperty("user.name");

        // The backup as an operator would run it beside a running Tether: only its data folder
        // named, so the account comes from db-credentials.properties and the port from the server.
        Map<String, String> backupEnv = new HashMap<>(Map.of("TETHER_DATA_DIR", dataDir.getParent().toString(),
                "TETHER_EMBEDDED_DB_DATA_DIR", dataDir.toString(), "MARIADB_BIN", bin.toString()));
        long started = System.nanoTime();
        Result backup = run(backupEnv, "scripts/backup.sh", backups.toString());
        long backupMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(backup.exit()).as(backup.output()).isZero();
        Path file = Path.of(backup.lastLine());
        assertThat(file.getFileName().toString()).matches("tether-" + source + "-\\d{8}T\\d{6}Z\\.sql\\.gz");
        assertThat(Files.size(file)).isPositive();

        // The restore needs the right to create a database: the server's own administrator, over its socket.
        Map<String, String> adminEnv = new HashMap<>(Map.of("TETHER_DB_SOCKET", socket, "TETHER_DB_USER", admin,
                "TETHER_DB_PASSWORD", "", "TETHER_DB_NAME", SCRATCH, "MARIADB_BIN", bin.toString()));
        try {
            sql(bin, socket, admin, "DROP DATABASE IF EXISTS " + SCRATCH);
            started = System.nanoTime();
            Result restore = run(adminEnv, "scripts/restore.sh", file.toString());
            long restoreMs = (System.nanoTime() - started) / 1_000_000;
            assertThat(restore.exit()).as(restore.output()).isZero();

            Map<String, String> before = fingerprint(bin, socket, admin, source);
            Map<String, String> after = fingerprint(bin, socket, admin, SCRATCH);
            assertThat(before).hasSizeGreaterThan(20);
            assertThat(after).isEqualTo(before);
            long rows = before.values().stream().mapToLong(v -> Long.parseLong(v.split(" ")[0])).sum();
            assertThat(rows).isPositive();
            System.out.printf("backup-restore: %d tables, %d rows compared (count and CHECKSUM TABLE); "
                    + "backup %d ms (%d bytes gzip), restore %d ms%n", before.size(), rows, backupMs,
                    Files.size(file), restoreMs);

            // A second restore over the now filled database is refused and changes nothing.
            Result again = run(adminEnv, "scripts/restore.sh", file.toString());
            assertThat(again.exit()).isNotZero();
            assertThat(again.output()).contains("restore only into an empty database");
            assertThat(fingerprint(bin, socket, admin, SCRATCH)).isEqualTo(before);
        } finally {
            sql(bin, socket, admin, "DROP DATABASE IF EXISTS " + SCRATCH);
        }
    }

    /** Per base table: "rows checksum", read through the server's own client. */
    private Map<String, String> fingerprint(Path bin, String socket, String admin, String db) throws Exception {
        List<String> tables = sql(bin, socket, admin, "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                + db + "' AND table_type = 'BASE TABLE' ORDER BY table_name");
        Map<String, String> result = new TreeMap<>();
        if (tables.isEmpty()) {
            return result;
        }
        // Two statements for all tables: the counts as one UNION, the checksums as one CHECKSUM TABLE.
        List<String> counts = sql(bin, socket, admin, String.join(" UNION ALL ", tables.stream()
                .map(t -> "SELECT '" + t + "', COUNT(*) FROM `" + db + "`.`" + t + "`").toList()));
        List<String> checksums = sql(bin, socket, admin, "CHECKSUM TABLE " + String.join(", ", tables.stream()
                .map(t -> "`" + db + "`.`" + t + "`").toList()));
        for (String line : counts) {
            String[] parts = line.split("\t");
            result.put(parts[0], parts[1]);
        }
        for (String line : checksums) {
            String[] parts = line.split("\t");
            String table = parts[0].substring(parts[0].indexOf('.') + 1);
            result.merge(table, parts[1], (count, checksum) -> count + " " + checksum);
        }
        assertThat(result.values()).allMatch(v -> v.matches("\\d+ \\d+"));
        for (String kind : List.of("ROUTINES", "TRIGGERS", "VIEWS")) {
            String column = kind.equals("ROUTINES") ? "ROUTINE_SCHEMA" : kind.equals("TRIGGERS") ? "TRIGGER_SCHEMA" : "TABLE_SCHEMA";
            result.put("#" + kind, sql(bin, socket, admin,
                    "SELECT COUNT(*) FROM information_schema." + kind + " WHERE " + column + " = '" + db + "'").getFirst());
        }
        return result;
    }

    private static List<String> sql(Path bin, String socket, String admin, String statement) throws Exception {
        Result r = run(bin.resolve("mariadb").toString(), Map.of(), List.of("--no-defaults", "--protocol=socket",
                "--socket=" + socket, "--user=" + admin, "--batch", "--skip-column-names", "-e", statement));
        assertThat(r.exit()).as(statement + ": " + r.output()).isZero();
        return r.output().lines().toList();
    }

    private static Result run(Map<String, String> env, String script, String argument) throws Exception {
        return run("bash", env, List.of(script, argument));
    }

    private static Result run(String program, Map<String, String> env, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        // Nothing from the developer's shell decides where the scripts connect.
        pb.environment().keySet().removeIf(k -> k.startsWith("SPRING_DATASOURCE_") || k.startsWith("TETHER_"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile("backup-test", ".out");
        Path err = Files.createTempFile("backup-test", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command + " took longer than " + SCRIPT_TIMEOUT_SECONDS + " s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            delete(out);
            delete(err);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file; the system cleans it later
        }
    }

    record Result(int exit, String stdout, String stderr) {
        String output() {
            return stdout + stderr;
        }

        String lastLine() {
            List<String> lines = stdout.lines().toList();
            return lines.getLast();
        }
    }
}
