package app.tether.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a full practice into MariaDB with set-based SQL ({@code INSERT … SELECT} from MariaDB's
 * sequence tables {@code seq_1_to_N}), not row by row through JPA: 20 therapists with 150 cases
 * each and one with 15 (a third of the cases couples), and per case two years of history: a moment
 * and a home rating per client per day, weekly homework per client (the latest open, some overdue,
 * some waiting for review), weekly sessions with their attendees, appointments today and ahead.
 * Some cases are given reasons for attention: no moment for 13 days, no session for a month, a
 * rating falling in the last two weeks. Accounts are {@code hb.t01}…{@code hb.t21} (therapists)
 * and {@code hb.c<case>.<n>} (clients), with the demo password.
 */
final class PracticeGenerator {

    static final String PREFIX = "hb.";
    static final int FULL = 150;
    static final int SMALL = 15;
    static final int FULL_THERAPISTS = 20;

    private static final String FIRST = "'Ana','Ben','Chen','Dara','Eli','Farah','Gus','Hana','Ivo','Jun','Kai','Lea',"
            + "'Mei','Nia','Omar','Pia','Quinn','Rosa','Sami','Tara','Uma','Vik','Wen','Yara'";
    private static final String LAST = "'Abe','Berg','Costa','Dahl','Ekman','Fox','Gao','Haas','Ito','Jonsson','Kaur',"
            + "'Lin','Moss','Novak','Okafor','Park','Quist','Roy','Sato','Toth','Usman','Vogel','Wu','Zhou'";

    record Result(long millis, Map<String, Long> rows) {
    }

    private final JdbcTemplate jdbc;
    private final LocalDate today;

    PracticeGenerator(JdbcTemplate jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    static String therapist(int n) {
        return PREFIX + "t" + String.format("%02d", n);
    }

    Result generate() {
        long started = System.nanoTime();
        jdbc.execute((ConnectionCallback<Void>) this::generate);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("account", "care_case", "case_client", "stage_change", "exception_entry",
                "scale_rating", "assignment", "therapy_session", "session_attendee", "appointment",
                "appointment_partner")) {
            rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return new Result(millis, rows);
    }

    private Void generate(Connection con) throws SQLException {
        String hash;
        try (var st = con.createStatement();
             var rs = st.executeQuery("SELECT password_hash FROM account WHERE username = 'therapist'")) {
            rs.next();
            hash = rs.getString(1);
        }
        try (Statement st = con.createStatement()) {
            // Bulk load: the generator writes consistent rows, so skip the per-row checks. The sequence
            // tables count in BIGINT UNSIGNED: subtractions from seq are cast to SIGNED.
            st.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
        }
        java.sql.Date day0 = java.sql.Date.valueOf(today);
        update(con, "INSERT INTO account (username, display_name, role, password_hash, active, created_at, version) "
                + "SELECT CONCAT('" + PREFIX + "t', LPAD(s.seq, 2, '0')), CONCAT('Therapist ', s.seq), 'THERAPIST', ?, "
                + "TRUE, NOW(6), 0 FROM seq_1_to_21 s ORDER BY s.seq", hash);
        // Cases: 150 per therapist, 15 for the last; every third a couple; all enrolled ~2 years ago.
        update(con, "INSERT INTO care_case (kind, therapist_id, lens, programme_start, current_stage, created_at, version) "
                + "SELECT IF(k.seq % 3 = 0, 'COUPLE', 'INDIVIDUAL'), t.id, "
                + "ELT(1 + k.seq % 5, 'IDENTITY_MIGRATION', 'NARRATIVE', 'RELATIONSHIP_IMAGES', 'CONNECTION', "
                + "'THERAPEUTIC_LETTERS'), DATE_SUB(?, INTERVAL 700 + k.seq % 30 DAY), 1 + k.seq % 6, "
                + "TIMESTAMP(DATE_SUB(?, INTERVAL 731 DAY), '09:00:00'), 0 "
                + "FROM account t JOIN seq_1_to_150 k ON k.seq <= IF(t.username = ?, " + SMALL + ", " + FULL + ") "
                + "WHERE t.username LIKE '" + PREFIX + "t%' ORDER BY t.id, k.seq", day0, day0, therapist(21));
        String mine = "FROM care_case c JOIN account t ON t.id = c.therapist_id AND t.username LIKE '" + PREFIX + "t%' ";
        update(con, "INSERT INTO account (username, display_name, role, password_hash, active, created_at, version) "
                + "SELECT CONCAT('" + PREFIX + "c', c.id, '.', p.seq), "
                + "CONCAT(ELT(1 + (c.id * 2 + p.seq) % 24, " + FIRST + "), ' ', ELT(1 + (c.id * 7 + p.seq * 5) % 24, "
                + LAST + ")), 'CLIENT', ?, TRUE, NOW(6), 0 " + mine
                + "JOIN seq_1_to_2 p ON p.seq <= IF(c.kind = 'COUPLE', 2, 1) ORDER BY c.id, p.seq", hash);
        update(con, "INSERT INTO case_client (case_id, client_id, position) SELECT c.id, a.id, p.seq - 1 " + mine
                + "JOIN seq_1_to_2 p ON p.seq <= IF(c.kind = 'COUPLE', 2, 1) "
                + "JOIN account a ON a.username = CONCAT('" + PREFIX + "c', c.id, '.', p.seq)");
        update(con, "INSERT INTO case_therapist_history (case_id, therapist_id, assigned_at) "
                + "SELECT c.id, c.therapist_id, c.created_at " + mine);
        update(con, "INSERT INTO stage_change (case_id, from_stage, to_stage, reason, changed_on, changed_at, changed_by_id) "
                + "SELECT c.id, NULL, 1, '', c.programme_start, TIMESTAMP(c.programme_start, '09:00:00'), c.therapist_id "
                + mine);
        update(con, "INSERT INTO stage_change (case_id, from_stage, to_stage, reason, changed_on, changed_at, changed_by_id) "
                + "SELECT c.id, c.current_stage - 1, c.current_stage, 'Ready for the next stage', "
                + "DATE_ADD(c.programme_start, INTERVAL 100 * (c.current_stage - 1) DAY), "
                + "TIMESTAMP(DATE_ADD(c.programme_start, INTERVAL 100 * (c.current_stage - 1) DAY), '09:00:00'), "
                + "c.therapist_id " + mine + "WHERE c.current_stage > 1");
        List<Long> therapists = new ArrayList<>();
        try (var st = con.createStatement();
             var rs = st.executeQuery("SELECT id FROM account WHERE username LIKE '" + PREFIX + "t%' ORDER BY id")) {
            while (rs.next()) {
                therapists.add(rs.getLong(1));
            }
        }
        // Per therapist, so each statement stays a modest transaction; rows in index order.
        for (long t : therapists) {
            String clients = "FROM care_case c JOIN case_client cc ON cc.case_id = c.id ";
            // A moment per client per day, yesterday back to 730 days ago; the last few days unreviewed;
            // every tenth case stopped logging 13 days ago.
            update(con, "INSERT INTO exception_entry (case_id, client_id, happened_at, context, behaviour, emotions, "
                    + "significant, reviewed, shared, draft, created_at, updated_at, version) "
                    + "SELECT x.case_id, x.client_id, x.at, 'We cooked dinner together', 'I listened before answering', "
                    + "'calm', x.seq % 17 = 0, x.seq <= 730 - x.case_id % 5, FALSE, FALSE, x.at, x.at, 0 FROM ("
                    + "SELECT cc.case_id, cc.client_id, d.seq, TIMESTAMP(DATE_SUB(?, INTERVAL 731 - d.seq DAY), "
                    + "MAKETIME(7 + (cc.client_id + d.seq) % 14, d.seq * 7 % 60, 0)) AS at " + clients
                    + "JOIN seq_1_to_730 d WHERE c.therapist_id = ? AND (c.id % 10 <> 7 OR d.seq <= 718)) x "
                    + "ORDER BY x.case_id, x.client_id, x.at", day0, t);
            // A home rating per client per day, slowly rising; every seventh case falls 3 points in the last 2 weeks.
            update(con, "INSERT INTO scale_rating (case_id, client_id, rated_on, value, source, created_at, version) "
                    + "SELECT cc.case_id, cc.client_id, DATE_SUB(?, INTERVAL 731 - d.seq DAY), "
                    + "LEAST(10, GREATEST(1, 2 + CAST(d.seq AS SIGNED) DIV 120 + (cc.client_id + d.seq) % 3 "
                    + "- IF(c.id % 7 = 3 AND d.seq > 716, 3, 0))), 'HOME', "
                    + "TIMESTAMP(DATE_SUB(?, INTERVAL 731 - d.seq DAY), '21:00:00'), 0 " + clients
                    + "JOIN seq_1_to_730 d WHERE c.therapist_id = ? ORDER BY cc.case_id, cc.client_id, d.seq",
                    day0, day0, t);
            // Weekly homework per client: week 104 is due in 3 days (open); week 103 was due 4 days ago and
            // is overdue (case % 4 = 1) or waiting for review since 5 days (case % 4 = 2); the rest reviewed.
            update(con, "INSERT INTO assignment (case_id, client_id, builtin, stage, title, instructions, due_on, "
                    + "status, assigned_at, assigned_by, submitted_at, reviewed_at, version) "
                    + "SELECT x.case_id, x.client_id, FALSE, LEAST(6, 1 + (x.w - 1) DIV 18), "
                    + "ELT(1 + x.w % 3, 'Hope Questions', 'Action Menu', 'Feedback Loop'), 'Write a few lines each day.', "
                    + "x.due, x.status, TIMESTAMP(DATE_SUB(x.due, INTERVAL 7 DAY), '09:00:00'), ?, "
                    + "IF(x.status IN ('SUBMITTED', 'REVIEWED'), TIMESTAMP(DATE_SUB(x.due, INTERVAL 1 DAY), '20:00:00'), NULL), "
                    + "IF(x.status = 'REVIEWED', TIMESTAMP(DATE_ADD(x.due, INTERVAL 1 DAY), '12:00:00'), NULL), 0 FROM ("
                    + "SELECT cc.case_id, cc.client_id, w.seq AS w, DATE_ADD(?, INTERVAL 3 - 7 * (104 - CAST(w.seq AS SIGNED)) DAY) AS due, "
                    + "CASE WHEN w.seq = 104 THEN 'OPEN' WHEN w.seq = 103 AND c.id % 4 = 1 THEN 'OPEN' "
                    + "WHEN w.seq = 103 AND c.id % 4 = 2 THEN 'SUBMITTED' ELSE 'REVIEWED' END AS status " + clients
                    + "JOIN seq_1_to_104 w WHERE c.therapist_id = ?) x ORDER BY x.case_id, x.client_id, x.w",
                    t, day0, t);
            // Weekly sessions; every ninth case has had none for a month.
            update(con, "INSERT INTO therapy_session (case_id, held_at, stage, notes, created_by, created_at, updated_at, "
                    + "version) SELECT x.case_id, x.at, x.stage, 'Went through the week''s moments.', ?, x.at, x.at, 0 "
                    + "FROM (SELECT c.id AS case_id, c.current_stage AS stage, TIMESTAMP(DATE_SUB(?, INTERVAL "
                    + "2 + 7 * (104 - w.seq) DAY), MAKETIME(9 + c.id % 8, 0, 0)) AS at FROM care_case c "
                    + "JOIN seq_1_to_104 w WHERE c.therapist_id = ? AND (c.id % 9 <> 4 OR w.seq <= 100)) x "
                    + "ORDER BY x.case_id, x.at", t, day0, t);
            update(con, "INSERT INTO session_attendee (session_id, client_id) SELECT s.id, cc.client_id "
                    + "FROM therapy_session s JOIN care_case c ON c.id = s.case_id "
                    + "JOIN case_client cc ON cc.case_id = c.id WHERE c.therapist_id = ?", t);
        }
        // Every case is seen again within two weeks; about one in thirty is seen today.
        update(con, "INSERT INTO appointment (case_id, day, starts_at, minutes, mode, place, status, created_by, "
                + "created_at, updated_at, version) SELECT c.id, DATE_ADD(?, INTERVAL IF(c.id % 30 = 0, 0, 1 + c.id % 13) DAY), "
                + "MAKETIME(9 + c.id % 8, 0, 0), 50, IF(c.id % 4 = 0, 'ONLINE', 'IN_PERSON'), "
                + "IF(c.id % 4 = 0, 'https://meet.example.org/room', 'Room 2'), 'PLANNED', c.therapist_id, NOW(6), NOW(6), 0 "
                + mine + "ORDER BY c.id", day0);
        update(con, "INSERT INTO appointment_partner (appointment_id, client_id) SELECT a.id, cc.client_id "
                + "FROM appointment a JOIN care_case c ON c.id = a.case_id "
                + "JOIN account t ON t.id = c.therapist_id AND t.username LIKE '" + PREFIX + "t%' "
                + "JOIN case_client cc ON cc.case_id = c.id");
        try (Statement st = con.createStatement()) {
            st.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
            for (String table : List.of("exception_entry", "scale_rating", "assignment", "therapy_session",
                    "appointment", "care_case", "case_client")) {
                st.execute("ANALYZE TABLE " + table);
            }
        }
        return null;
    }

    private static void update(Connection con, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
