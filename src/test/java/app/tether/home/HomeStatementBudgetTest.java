package app.tether.home;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.db.SqlStatements;
import app.tether.caseload.CaseProvisioning;
import app.tether.security.AccountProvisioning;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The home screen's statement budget (decision record 020): loading it runs the same number of SQL
 * statements for 15 cases as for 150, and at most six. The caseloads are written with SQL (a third
 * couples, a few closed), each case with four months of daily ratings and moments, weekly homework,
 * sessions and appointments, so every one of the load's queries has rows to read.
 */
@IntegrationTest
class HomeStatementBudgetTest {

    @Autowired HomeService home;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountProvisioning accounts;
    @Autowired CaseProvisioning cases;
    @Autowired UserDetailsService userDetails;
    @Autowired app.tether.base.PracticeTime practiceTime;
    private final java.util.List<Long> therapists = new java.util.ArrayList<>();

    @Test
    void a_caseload_of_150_loads_in_as_many_statements_as_one_of_15_and_at_most_six() {
        var data = new TestData(accounts, cases);
        var users = new TestUsers(userDetails);
        Person small = data.therapist();
        Person large = data.therapist();
        practice(small, 15);
        practice(large, 150);

        users.as(small.username(), home::load); // warm: the first load also loads classes and plans
        var fifteen = users.as(small.username(), () -> SqlStatements.count(home::load));
        var hundredFifty = users.as(large.username(), () -> SqlStatements.count(home::load));

        assertThat(fifteen.result().cases()).hasSize(15);
        assertThat(hundredFifty.result().cases()).hasSize(150);
        assertThat(hundredFifty.result().cases()).anyMatch(HomeCase::needsAttention);
        assertThat(hundredFifty.result().cases()).anyMatch(c -> c.unreviewedMoments() > 0 && c.waitingReview() > 0
                && c.lastSession() != null && c.nextSession() != null && c.partners().getFirst().latest() != null);
        assertThat(hundredFifty.result().today()).isNotEmpty();
        assertThat(fifteen.statements()).as(fifteen.describe()).isLessThanOrEqualTo(6);
        assertThat(hundredFifty.statements()).as(hundredFifty.describe()).isEqualTo(fifteen.statements());
    }

    /** The bulk practice would otherwise stay in the shared test database and swell the admin's lists. */
    @AfterEach
    void removeBulkPractice() {
        for (long therapist : therapists) {
            String ofCases = " WHERE case_id IN (SELECT id FROM care_case WHERE therapist_id = ?)";
            for (String table : new String[] {"appointment", "therapy_session", "assignment", "exception_entry",
                    "scale_rating", "case_client"}) {
                jdbc.update("DELETE FROM " + table + ofCases, therapist);
            }
            jdbc.update("DELETE FROM care_case WHERE therapist_id = ?", therapist);
        }
        jdbc.update("DELETE FROM account WHERE username LIKE 'bulk-%' AND role = 'CLIENT'");
        therapists.clear();
    }

    /** {@code n} cases for the therapist, every third a couple, every tenth closed, with history. */
    private void practice(Person therapist, int n) {
        therapists.add(therapist.id());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // The practice's day, as the home screen reads it (the server may run in UTC).
        LocalDate today = practiceTime.today();
        for (int i = 0; i < n; i++) {
            boolean couple = i % 3 == 0;
            jdbc.update("INSERT INTO care_case (kind, therapist_id, lens, programme_start, current_stage, created_at, "
                            + "closed_on, closed_reason, version) VALUES (?, ?, 'CONNECTION', ?, ?, NOW(6) - INTERVAL 200 DAY, ?, ?, 0)",
                    couple ? "COUPLE" : "INDIVIDUAL", therapist.id(), today.minusDays(150), 1 + i % 6,
                    i % 10 == 9 ? today.minusDays(3) : null, i % 10 == 9 ? "done" : null);
            long caseId = jdbc.queryForObject("SELECT MAX(id) FROM care_case WHERE therapist_id = ?", Long.class,
                    therapist.id());
            for (int p = 0; p < (couple ? 2 : 1); p++) {
                String username = "bulk-" + tag + "-" + i + "-" + p;
                jdbc.update("INSERT INTO account (username, display_name, role, password_hash, active, created_at, version) "
                        + "VALUES (?, ?, 'CLIENT', 'x', TRUE, NOW(6), 0)", username, "Client " + i + "-" + p);
                long clientId = jdbc.queryForObject("SELECT id FROM account WHERE username = ?", Long.class, username);
                jdbc.update("INSERT INTO case_client (case_id, client_id, position) VALUES (?, ?, ?)", caseId, clientId, p);
            }
        }
        // History by SQL over MariaDB's sequence tables: daily ratings and moments for 120 days, weekly
        // homework (the last two open or sent), weekly sessions, and appointments today and ahead.
        String mine = " FROM case_client cc JOIN care_case c ON c.id = cc.case_id JOIN %s s WHERE c.therapist_id = ?";
        jdbc.update("INSERT INTO scale_rating (case_id, client_id, rated_on, value, source, created_at, version) "
                + "SELECT cc.case_id, cc.client_id, CURDATE() - INTERVAL s.seq DAY, 1 + (s.seq + cc.client_id) % 10, "
                + "'HOME', NOW(6) - INTERVAL s.seq DAY, 0" + mine.formatted("seq_0_to_120"), therapist.id());
        jdbc.update("INSERT INTO exception_entry (case_id, client_id, happened_at, context, significant, reviewed, "
                + "shared, draft, created_at, updated_at, version) "
                + "SELECT cc.case_id, cc.client_id, NOW(6) - INTERVAL s.seq DAY, 'A good moment', FALSE, s.seq > 3, "
                + "FALSE, FALSE, NOW(6) - INTERVAL s.seq DAY, NOW(6) - INTERVAL s.seq DAY, 0" + mine.formatted("seq_1_to_120"),
                therapist.id());
        jdbc.update("INSERT INTO assignment (case_id, client_id, builtin, stage, title, instructions, due_on, status, "
                + "assigned_at, assigned_by, submitted_at, version) "
                + "SELECT cc.case_id, cc.client_id, FALSE, 1, 'Weekly exercise', 'Do it', CURDATE() - INTERVAL s.seq DAY, "
                + "CASE WHEN s.seq = 0 THEN 'OPEN' WHEN s.seq = 7 THEN 'SUBMITTED' WHEN s.seq = 14 THEN 'OPEN' ELSE 'REVIEWED' END, "
                + "NOW(6) - INTERVAL (s.seq + 7) DAY, c.therapist_id, NOW(6) - INTERVAL (s.seq + 1) DAY, 0"
                + mine.formatted("seq_0_to_119_step_7"), therapist.id());
        jdbc.update("INSERT INTO therapy_session (case_id, held_at, created_by, created_at, updated_at, version) "
                + "SELECT DISTINCT c.id, CURDATE() - INTERVAL s.seq DAY + INTERVAL 10 HOUR, c.therapist_id, NOW(6), NOW(6), 0"
                + mine.formatted("seq_1_to_119_step_7"), therapist.id());
        jdbc.update("INSERT INTO appointment (case_id, day, starts_at, minutes, mode, status, created_by, created_at, "
                + "updated_at, version) SELECT DISTINCT c.id, ? + INTERVAL s.seq DAY, '23:00', 50, 'IN_PERSON', "
                + "'PLANNED', c.therapist_id, NOW(6), NOW(6), 0" + mine.formatted("seq_0_to_28_step_7")
                + " AND c.closed_on IS NULL", today, therapist.id());
    }
}
