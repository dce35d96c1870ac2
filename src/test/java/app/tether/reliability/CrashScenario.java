package app.tether.reliability;

import static app.tether.programme.FrameworkExercises.COPING_LIST;

import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.homework.AssignRequest;
import app.tether.homework.HomeworkService;
import app.tether.programme.FrameworkCatalog;
import app.tether.security.AccountProvisioning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Scenario 3: a Tether node is killed with SIGKILL while its clients write (moments, homework,
 * ratings; {@link CrashWriter}). After the node starts again: every write it acknowledged is in the
 * database exactly once, nothing is half-written, and the audit chain is intact.
 */
final class CrashScenario {

    static final int WRITERS = 6;

    private CrashScenario() {
    }

    static ScenarioResult run(ReliabilityRun run) throws Exception {
        List<String> problems = new ArrayList<>();
        JdbcTemplate jdbc = run.bean(JdbcTemplate.class);
        List<CrashWriter.Writer> writers = plan(run);
        Path planFile = run.workDir().resolve("crash-plan.txt");
        Path acks = run.workDir().resolve("crash-acks.txt");
        Files.deleteIfExists(acks);
        Files.write(planFile, writers.stream().map(CrashWriter.Writer::line).toList());

        // Write for the load time (at least until some writes are acknowledged), then SIGKILL mid-write.
        long killedAfterMs;
        long restartMs;
        boolean chainIntact;
        Map<String, String> writing = new HashMap<>(NodeProcess.sharedProperties(run));
        writing.put(CrashWriter.PLAN, planFile.toString());
        writing.put(CrashWriter.ACKS, acks.toString());
        try (NodeProcess node = NodeProcess.start("crash", NodeProcess.freePort(), run.workDir(), writing)) {
            node.awaitReady(run.settings().ceiling());
            long started = System.nanoTime();
            long until = System.currentTimeMillis() + run.settings().load().toMillis();
            long ceiling = System.currentTimeMillis() + run.settings().ceiling().toMillis();
            while (System.currentTimeMillis() < ceiling
                    && (System.currentTimeMillis() < until || acked(acks).size() < WRITERS * 3)) {
                Thread.sleep(200);
            }
            // Mid-write: the writers were still acknowledging right before the kill.
            int before = acked(acks).size();
            Thread.sleep(300);
            if (acked(acks).size() == before) {
                problems.add("the writers had stopped before the kill, so it did not come mid-write");
            }
            node.kill();
            killedAfterMs = (System.nanoTime() - started) / 1_000_000;
        }
        List<String> lines = acked(acks);
        // Restarted, without writers: it must start on the database as the kill left it.
        try (NodeProcess again = NodeProcess.start("crash-restart", NodeProcess.freePort(), run.workDir(), NodeProcess.sharedProperties(run))) {
            restartMs = again.awaitReady(run.settings().ceiling());
            chainIntact = again.awaitLog(java.time.Duration.ofSeconds(30), "Audit trail chain intact");
            if (!chainIntact) {
                problems.add("the restarted node did not report the audit chain intact");
            }
            again.stopGracefully(java.time.Duration.ofSeconds(30));
        }

        Map<String, Integer> counts = check(jdbc, writers, lines, problems);
        long acknowledged = lines.stream().filter(l -> !l.startsWith("refused")).count();
        long refused = lines.size() - acknowledged;
        if (refused > 0) {
            problems.add(refused + " writes refused before the kill: "
                    + lines.stream().filter(l -> l.startsWith("refused")).limit(3).toList());
        }
        if (acknowledged == 0) {
            problems.add("no write was acknowledged before the kill");
        }
        return ScenarioResult.of(3, "Crash (SIGKILL)",
                WRITERS + " clients wrote moments, homework and ratings on a separate node, killed with SIGKILL mid-write"
                        + " and started again",
                String.format("killed after %,d ms with %,d writes acknowledged (%d moments, %d homework sendings, %d ratings);"
                                + " all found exactly once; %d committed in the last instant but not yet acknowledged"
                                + " (allowed: at most one per writer); half-written records: %d; node up again in %,d ms;"
                                + " audit chain %s",
                        killedAfterMs, acknowledged, counts.get("moment"), counts.get("homework"), counts.get("rating"),
                        counts.get("unacknowledged"), counts.get("half"), restartMs, chainIntact ? "intact" : "NOT intact"),
                problems);
    }

    private static List<CrashWriter.Writer> plan(ReliabilityRun run) {
        var data = new TestData(run.bean(AccountProvisioning.class), run.bean(CaseProvisioning.class));
        TestUsers users = new TestUsers(run.bean(UserDetailsService.class));
        HomeworkService homework = run.bean(HomeworkService.class);
        long coping = run.bean(FrameworkCatalog.class).byCode(COPING_LIST).id();
        Person therapist = data.therapist();
        List<CrashWriter.Writer> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            Person client = data.client("Crash Client " + i);
            long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 20, client);
            long assignment = users.as(therapist.username(), () -> homework.assign(
                    new AssignRequest(caseId, List.of(coping), List.of(client.id()), null, null))).getFirst().id();
            writers.add(new CrashWriter.Writer(client.username(), caseId, assignment));
        }
        return writers;
    }

    /** Every acknowledged key once; unacknowledged ones at most one per writer; nothing half-written. */
    private static Map<String, Integer> check(JdbcTemplate jdbc, List<CrashWriter.Writer> writers, List<String> lines,
                                              List<String> problems) {
        String cases = String.join(",", writers.stream().map(w -> Long.toString(w.caseId())).toList());
        String assignments = String.join(",", writers.stream().map(w -> Long.toString(w.assignmentId())).toList());
        Map<String, Integer> moments = new HashMap<>();
        jdbc.query("SELECT context, COUNT(*) FROM exception_entry WHERE case_id IN (" + cases + ") AND draft = FALSE"
                + " GROUP BY context", rs -> {
                    moments.put(rs.getString(1), rs.getInt(2));
                });
        Map<String, Integer> sendings = new HashMap<>();
        jdbc.query("SELECT v.value, COUNT(*) FROM answer_set s JOIN answer_value v ON v.answer_set_id = s.id"
                + " WHERE s.assignment_id IN (" + assignments + ") AND s.kind = 'SUBMISSION' AND v.field_key = 'ways'"
                + " AND v.position = 0 GROUP BY v.value", rs -> {
                    sendings.put(rs.getString(1), rs.getInt(2));
                });
        Map<String, String> lastRating = new HashMap<>();
        jdbc.query("SELECT r.note FROM scale_rating r WHERE r.case_id IN (" + cases + ")", rs -> {
            String note = rs.getString(1);
            lastRating.merge(writerOf(note), note, (a, b) -> seq(a) > seq(b) ? a : b);
        });

        Map<String, Integer> counts = new HashMap<>(Map.of("moment", 0, "homework", 0, "rating", 0));
        Map<String, String> ackedRating = new HashMap<>();
        java.util.Set<String> ackedKeys = new java.util.HashSet<>();
        for (String line : lines) {
            String[] p = line.split(" ");
            if (p.length < 2 || p[0].equals("refused")) {
                continue;
            }
            String kind = p[0];
            String key = p[1];
            ackedKeys.add(key);
            counts.merge(kind, 1, Integer::sum);
            switch (kind) {
                case "moment" -> expectOnce("moment", key, moments.getOrDefault(key, 0), problems);
                case "homework" -> expectOnce("homework sending", key, sendings.getOrDefault(key, 0), problems);
                case "rating" -> ackedRating.merge(writerOf(key), key, (a, b) -> seq(a) > seq(b) ? a : b);
                default -> problems.add("unknown acknowledgement " + line);
            }
        }
        // One rating per day: the stored one is the last acknowledged or one sent after it.
        ackedRating.forEach((writer, key) -> {
            String stored = lastRating.get(writer);
            if (stored == null || seq(stored) < seq(key)) {
                problems.add("rating " + key + " acknowledged but the day holds " + stored);
            }
        });
        long unacked = java.util.stream.Stream.concat(moments.keySet().stream(), sendings.keySet().stream())
                .filter(k -> k != null && k.startsWith("crash-") && !ackedKeys.contains(k)).count();
        if (unacked > writers.size()) {
            problems.add(unacked + " writes in the database that were never acknowledged (more than one per writer)");
        }
        counts.put("unacknowledged", (int) unacked);
        Integer half = jdbc.queryForObject("SELECT"
                + " (SELECT COUNT(*) FROM answer_set s WHERE s.assignment_id IN (" + assignments + ")"
                + "   AND NOT EXISTS (SELECT 1 FROM answer_value v WHERE v.answer_set_id = s.id))"
                + " + (SELECT COUNT(*) FROM assignment a WHERE a.id IN (" + assignments + ") AND a.submitted_at IS NOT NULL"
                + "   AND NOT EXISTS (SELECT 1 FROM answer_set s WHERE s.assignment_id = a.id AND s.kind = 'SUBMISSION'))"
                + " + (SELECT COUNT(*) FROM exception_entry e WHERE e.case_id IN (" + cases + ") AND e.draft = FALSE"
                + "   AND e.context IS NULL)", Integer.class);
        counts.put("half", half == null ? -1 : half);
        if (half == null || half != 0) {
            problems.add(half + " half-written records (a sending without answers, a sent assignment without a sending,"
                    + " a moment without its text)");
        }
        return counts;
    }

    private static void expectOnce(String what, String key, int found, List<String> problems) {
        if (found != 1) {
            problems.add(what + " " + key + " acknowledged but found " + found + " times");
        }
    }

    private static String writerOf(String key) {
        return key == null ? "" : key.substring(0, key.lastIndexOf('-'));
    }

    private static int seq(String key) {
        return key == null ? -1 : Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
    }

    private static List<String> acked(Path acks) throws java.io.IOException {
        if (!Files.exists(acks)) {
            return List.of();
        }
        // A line cut short by the kill has no newline yet: only whole lines count.
        String all = Files.readString(acks);
        int end = all.lastIndexOf('\n');
        return end < 0 ? List.of() : all.substring(0, end).lines().toList();
    }
}
