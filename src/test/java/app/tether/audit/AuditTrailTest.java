package app.tether.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.security.AccountProvisioning;
import app.tether.TestUsers;
import app.tether.WebClient;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.NewCase;
import app.tether.caseload.CaseKind;
import app.tether.security.AccountService;
import app.tether.security.NewAccount;
import app.tether.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The audit trail: what is recorded, the admin's filters and export, and the keyed chain. */
@IntegrationTest
class AuditTrailTest {

    @LocalServerPort int port;
    @Autowired AuditService audit;
    @Autowired AuditLog log;
    @Autowired CaseloadService caseload;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
    }

    private List<AuditRecord> lines(AuditQuery q) {
        return users.as("admin", () -> audit.find(q, 0, 200));
    }

    private List<AuditRecord> lines(AuditAction action) {
        return lines(new AuditQuery(null, null, Set.of(action), null, null));
    }

    private long caseOf(String title) {
        return users.as("therapist", () -> caseload.myCaseload()).stream()
                .filter(c -> c.title().equals(title)).findFirst().orElseThrow().caseId();
    }

    @Test
    void sign_in_success_and_failure_are_recorded_with_the_username_tried_and_the_address() throws Exception {
        String tried = "nobody-" + UUID.randomUUID().toString().substring(0, 6);
        new WebClient(port).signIn(tried, "wrong-password");
        new WebClient(port).signIn("chen.jing", "tether-demo");
        AuditRecord failed = lines(new AuditQuery(tried, null, Set.of(AuditAction.SIGN_IN_FAILED), null, null))
                .getFirst();
        assertThat(failed.outcome()).isEqualTo("FAILURE");
        assertThat(failed.actorId()).isNull();
        assertThat(failed.remoteAddress()).isEqualTo("127.0.0.1");
        AuditRecord ok = lines(new AuditQuery("chen.jing", null, Set.of(AuditAction.SIGN_IN), null, null)).getFirst();
        assertThat(ok.actorRole()).isEqualTo("CLIENT");
        assertThat(ok.outcome()).isEqualTo("SUCCESS");
        assertThat(ok.remoteAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void a_refused_service_call_is_recorded_with_the_method_and_the_id_asked_for() {
        long caseId = caseOf("Chen Jing");
        assertThatThrownBy(() -> users.run("therapist2", () -> caseload.caseDetails(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        AuditRecord denied = lines(new AuditQuery("therapist2", caseId, Set.of(AuditAction.ACCESS_DENIED), null,
                null)).getFirst();
        assertThat(denied.detail()).isEqualTo("CaseloadService.caseDetails(caseId=" + caseId + ")");
        assertThat(denied.outcome()).isEqualTo("DENIED");
        assertThat(denied.actorRole()).isEqualTo("THERAPIST");
        // A role refusal by method security is recorded too, once.
        int before = lines(AuditAction.ACCESS_DENIED).size();
        assertThatThrownBy(() -> users.run("chen.jing", () -> accounts.listAccounts()))
                .isInstanceOf(AccessDeniedException.class);
        List<AuditRecord> after = lines(AuditAction.ACCESS_DENIED);
        assertThat(after).hasSize(before + 1);
        assertThat(after.getFirst().detail()).isEqualTo("AccountService.listAccounts()");
    }

    @Test
    void a_change_names_the_entity_and_the_fields_but_never_the_text() {
        TestData data = new TestData(accountProvisioning, caseProvisioning);
        TestData.Person therapist = data.therapist();
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 20, data.client("Fang Yu"));
        var details = users.as(therapist.username(), () -> caseload.caseDetails(caseId));
        String reason = "Secret clinical reason " + UUID.randomUUID();
        int stage = details.enrolment().stage().number();
        users.run(therapist.username(), () -> caseload.changeStage(caseId, stage == 6 ? 5 : stage + 1, reason,
                details.version()));
        List<AuditRecord> changes = lines(new AuditQuery(therapist.username(), caseId,
                Set.of(AuditAction.RECORD_CHANGED, AuditAction.RECORD_CREATED), null, null));
        assertThat(changes).anySatisfy(r -> {
            assertThat(r.entityType()).isEqualTo("CareCase");
            assertThat(r.entityId()).isEqualTo(caseId);
            assertThat(r.detail()).isEqualTo("fields:currentStage");
        });
        assertThat(changes).anySatisfy(r -> assertThat(r.entityType()).isEqualTo("StageChange"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE detail LIKE ?", Integer.class,
                "%" + reason + "%")).isZero();
    }

    @Test
    void admin_actions_are_recorded_and_reassignment_keeps_the_history() {
        String name = "audit." + UUID.randomUUID().toString().substring(0, 6);
        var created = users.as("admin", () -> accounts.createAccount(new NewAccount(name, "Wen Hui", Role.CLIENT)));
        long id = created.account().id();
        users.run("admin", () -> accounts.resetPassword(id));
        users.run("admin", () -> accounts.setActive(id, false));
        users.run("admin", () -> accounts.setActive(id, true));
        var recorded = lines(new AuditQuery("admin", null, Set.of(AuditAction.ACCOUNT_CREATED,
                AuditAction.PASSWORD_RESET, AuditAction.ACCOUNT_DEACTIVATED, AuditAction.ACCOUNT_REACTIVATED),
                null, null)).stream().filter(r -> Long.valueOf(id).equals(r.entityId())).map(AuditRecord::action)
                .toList();
        assertThat(recorded).containsExactly("ACCOUNT_REACTIVATED", "ACCOUNT_DEACTIVATED", "PASSWORD_RESET",
                "ACCOUNT_CREATED");

        var therapists = users.as("admin", () -> accounts.listActive(Role.THERAPIST));
        long first = therapists.get(0).id();
        long second = therapists.get(1).id();
        var row = users.as("admin", () -> caseload.createCase(new NewCase(CaseKind.INDIVIDUAL, id, null, first)));
        users.run("admin", () -> caseload.assignTherapist(row.caseId(), second));
        var history = users.as("admin", () -> caseload.assignmentHistory(row.caseId()));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).therapistId()).isEqualTo(first);
        assertThat(history.get(0).endedAt()).isNotNull();
        assertThat(history.get(1).therapistId()).isEqualTo(second);
        assertThat(history.get(1).endedAt()).isNull();
        assertThat(lines(new AuditQuery(null, row.caseId(), Set.of(AuditAction.CASE_CREATED,
                AuditAction.THERAPIST_ASSIGNED), null, null))).extracting(AuditRecord::action)
                .containsExactly("THERAPIST_ASSIGNED", "CASE_CREATED");
    }

    @Test
    void filters_by_date_range_and_person() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(lines(new AuditQuery(null, null, Set.of(), today.plusDays(1), null))).isEmpty();
        assertThat(lines(new AuditQuery(null, null, Set.of(), today, today))).isNotEmpty();
        assertThat(lines(new AuditQuery("no-such-person-x", null, Set.of(), null, null))).isEmpty();
        long count = users.as("admin", () -> audit.count(AuditQuery.all()));
        assertThat(count).isGreaterThan(0);
    }

    @Test
    void the_csv_export_neutralises_spreadsheet_formulas() throws Exception {
        String formula = "=HYPERLINK(\"http://x\",\"y\")" + UUID.randomUUID().toString().substring(0, 4);
        new WebClient(port).signIn(formula, "x");
        String csv = new String(users.as("admin", () -> audit.exportCsv(
                new AuditQuery("hyperlink", null, Set.of(AuditAction.SIGN_IN_FAILED), null, null))),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("seq,at_utc,actor_id,actor,role,address,action");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")");
        assertThat(csv.lines().filter(l -> l.contains(",\"=")).toList()).isEmpty();
        assertThat(AuditService.csvCell("+1")).isEqualTo("\"'+1\"");
        assertThat(AuditService.csvCell("-1")).isEqualTo("\"'-1\"");
        assertThat(AuditService.csvCell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(AuditService.csvCell("plain")).isEqualTo("\"plain\"");
    }

    @Test
    void only_the_admin_reads_the_trail() {
        for (String who : List.of("therapist", "chen.jing")) {
            assertThatThrownBy(() -> users.run(who, () -> audit.find(AuditQuery.all(), 0, 10))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> audit.exportCsv(AuditQuery.all()))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> audit.verify())).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_chain_check_finds_a_line_changed_deleted_or_inserted_in_the_database() {
        users.run("therapist", () -> log.record(AuditEvent.of(AuditAction.CASE_OPENED, null, "CASE", 1L, null)));
        users.run("therapist", () -> log.record(AuditEvent.of(AuditAction.CASE_OPENED, null, "CASE", 2L, null)));
        users.run("therapist", () -> log.record(AuditEvent.of(AuditAction.CASE_OPENED, null, "CASE", 3L, null)));
        assertThat(users.as("admin", () -> audit.verify()).intact()).isTrue();
        long seq = jdbc.queryForObject("SELECT MAX(seq) FROM audit_event", Long.class) - 1;
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_event WHERE seq = ?", seq);

        jdbc.update("UPDATE audit_event SET subject_id = 99 WHERE seq = ?", seq);
        ChainCheck changed = audit.verifyChain();
        assertThat(changed.intact()).isFalse();
        assertThat(changed.brokenSeq()).isEqualTo(seq);
        assertThat(changed.problem()).contains("line " + seq).contains("changed");
        jdbc.update("UPDATE audit_event SET subject_id = ? WHERE seq = ?", row.get("subject_id"), seq);
        assertThat(audit.verifyChain().intact()).isTrue();

        jdbc.update("DELETE FROM audit_event WHERE seq = ?", seq);
        ChainCheck deleted = audit.verifyChain();
        assertThat(deleted.intact()).isFalse();
        assertThat(deleted.brokenSeq()).isEqualTo(seq);
        assertThat(deleted.problem()).contains("line " + seq + " is missing");
        reinsert(row);
        assertThat(audit.verifyChain().intact()).isTrue();

        jdbc.update("INSERT INTO audit_event (at, action, outcome) VALUES (NOW(6), 'CASE_OPENED', 'SUCCESS')");
        ChainCheck inserted = audit.verifyChain();
        assertThat(inserted.intact()).isFalse();
        assertThat(inserted.problem()).contains("outside the chain");
        jdbc.update("DELETE FROM audit_event WHERE seq IS NULL AND id = ?", inserted.brokenId());
        assertThat(audit.verifyChain().intact()).isTrue();

        // Removing the newest line is caught by the chain head.
        long last = seq + 1;
        Map<String, Object> lastRow = jdbc.queryForMap("SELECT * FROM audit_event WHERE seq = ?", last);
        jdbc.update("DELETE FROM audit_event WHERE seq = ?", last);
        ChainCheck truncated = audit.verifyChain();
        assertThat(truncated.intact()).isFalse();
        assertThat(truncated.problem()).contains("missing from the end");
        reinsert(lastRow);
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void writers_in_parallel_append_one_unbroken_chain() throws Exception {
        long before = jdbc.queryForObject("SELECT seq FROM audit_chain_head", Long.class);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        long id = i;
                        users.run("therapist", () -> log.record(AuditEvent.of(AuditAction.CASE_OPENED, null,
                                "CASE", id, null)));
                    }
                }));
            }
            for (var f : done) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT seq FROM audit_chain_head", Long.class)).isEqualTo(before + 100);
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Autowired AuditChain chain;
    @Autowired javax.sql.DataSource dataSource;

    @Test
    void a_line_written_in_a_daylight_saving_gap_of_the_servers_zone_still_verifies() throws Exception {
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Europe/Berlin"));
        try (var c = dataSource.getConnection()) {
            // 02:30 on 29 March 2026 does not exist in Berlin: stored as UTC it must not shift.
            var at = java.time.LocalDateTime.of(2026, 3, 29, 2, 30, 0, 123_456_000);
            c.setAutoCommit(false);
            chain.append(c, new AuditLine(at, null, "system", null, null, AuditAction.CASE_OPENED, null, "CASE",
                    7L, null, AuditOutcome.SUCCESS));
            c.commit();
            c.setAutoCommit(true);
            assertThat(jdbc.queryForObject("SELECT at FROM audit_event WHERE seq = (SELECT MAX(seq) FROM audit_event)",
                    java.time.LocalDateTime.class)).isEqualTo(at);
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    private void reinsert(Map<String, Object> row) {
        String columns = String.join(",", row.keySet());
        String marks = String.join(",", row.keySet().stream().map(k -> "?").toList());
        jdbc.update("INSERT INTO audit_event (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
    }
}
