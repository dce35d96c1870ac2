package app.tether.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.PracticeTime;
import app.tether.base.TestClock;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseKind;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionProvisioning;
import app.tether.scales.RatingSource;
import app.tether.scales.ScaleProvisioning;
import app.tether.security.AccountProvisioning;
import app.tether.security.Role;
import app.tether.sessions.SessionProvisioning;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Each reason for attention appears when, and only when, its condition holds: at its threshold and
 * not one step below, per partner for a couple; the therapist's settings move the thresholds; an
 * acknowledgement hides a reason until something new feeds it. The clock is pinned at noon today.
 */
@IntegrationTest
class HomeAttentionTest {

    @Autowired HomeService home;
    @Autowired TestClock clock;
    @Autowired PracticeTime time;
    @Autowired AccountProvisioning accounts;
    @Autowired CaseProvisioning cases;
    @Autowired ScaleProvisioning ratings;
    @Autowired ExceptionProvisioning moments;
    @Autowired SessionProvisioning sessions;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;

    TestData data;
    TestUsers users;
    Person therapist;
    LocalDate today;
    Instant noon;

    @BeforeEach
    void pinTheClock() {
        data = new TestData(accounts, cases);
        users = new TestUsers(userDetails);
        today = LocalDate.now(time.zone());
        noon = today.atTime(12, 0).atZone(time.zone()).toInstant();
        clock.set(noon);
        therapist = data.therapist();
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    // ---- the reasons ----

    @Test
    void a_fall_in_rating_is_told_for_the_partner_whose_rating_fell_at_the_threshold_and_not_below() {
        Person a = data.client("Zhou Ting");
        Person b = data.client("Zhao Lei");
        long c = quietCase(60, true, a, b);
        rate(c, a, 14, 8);
        rate(c, a, 0, 6);
        rate(c, b, 14, 8);
        rate(c, b, 0, 7);

        HomeCase hc = load(c);
        assertThat(reasons(hc, AttentionKind.RATING_FELL)).singleElement().satisfies(r -> {
            assertThat(r.messageKey()).isEqualTo("home.reason.ratingFell.weeks");
            assertThat(r.args()).containsExactly("Zhou Ting", 2, 2);
        });
        assertThat(hc.partners()).extracting(PartnerTrend::name, PartnerTrend::latest, PartnerTrend::direction)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Zhou Ting", 6, Direction.DOWN),
                        org.assertj.core.groups.Tuple.tuple("Zhao Lei", 7, Direction.DOWN));
        assertThat(hc.partners().getFirst().weekly()).containsExactly(null, null, null, null, null, 8.0, null, 6.0);
        assertThat(hc.needsAttention()).isTrue();
    }

    @Test
    void answers_waiting_for_review_are_told_once_the_oldest_has_waited_the_threshold() {
        Person a = data.client("Waiting Three");
        Person b = data.client("Waiting Two");
        long atThreshold = quietCase(60, true, a);
        long below = quietCase(60, true, b);
        submitted(atThreshold, a, "Hope Questions", 3);
        submitted(below, b, "Hope Questions", 2);
        submitted(below, b, "Coping List", 0);

        HomeCase yes = load(atThreshold);
        assertThat(reasons(yes, AttentionKind.WAITING_REVIEW)).singleElement()
                .satisfies(r -> assertThat(r.args()).containsExactly(1, 3L));
        HomeCase no = load(below);
        assertThat(no.waitingReview()).isEqualTo(2);
        assertThat(reasons(no, AttentionKind.WAITING_REVIEW)).isEmpty();
        assertThat(no.needsAttention()).isFalse();
    }

    @Test
    void a_joint_pairs_two_copies_are_one_answer_to_review() {
        Person a = data.client("Joint Wen");
        Person b = data.client("Joint Kai");
        long c = quietCase(60, true, a, b);
        submitted(c, a, "Coping List", 4);
        for (Person p : List.of(a, b)) {
            submitted(c, p, "Hope Questions", 3);
            jdbc.update("UPDATE assignment SET joint = TRUE, pair_key = 'home-joint-pair' WHERE case_id = ? AND client_id = ?"
                    + " AND title = 'Hope Questions'", c, p.id());
        }

        HomeCase hc = load(c);
        assertThat(hc.waitingReview()).isEqualTo(2);
        assertThat(reasons(hc, AttentionKind.WAITING_REVIEW)).singleElement()
                .satisfies(r -> assertThat(r.args()).containsExactly(2, 4L));
    }

    @Test
    void overdue_homework_is_told_per_partner_from_the_day_after_it_was_due() {
        Person a = data.client("Late Partner");
        Person b = data.client("Due Today");
        long c = quietCase(60, true, a, b);
        open(c, a, "Hope Questions", today.minusDays(1));
        open(c, b, "Coping List", today);

        HomeCase hc = load(c);
        assertThat(hc.overdueHomework()).isEqualTo(1);
        assertThat(reasons(hc, AttentionKind.OVERDUE_HOMEWORK)).singleElement().satisfies(r -> {
            assertThat(r.messageKey()).isEqualTo("home.reason.overdue.partner");
            assertThat(r.args()).containsExactly("Late Partner", "Hope Questions", 1L, 0);
        });
    }

    @Test
    void no_session_is_told_from_the_threshold_counting_from_the_last_session_or_the_day_the_case_opened() {
        long at = caseOpened(60, true, data.client("Session 21"));
        long below = caseOpened(60, true, data.client("Session 20"));
        session(at, 21);
        session(below, 20);
        long fresh = caseOpened(0, false, data.client("Brand New"));
        long waitingToStart = caseOpened(21, false, data.client("Not Started"));

        assertThat(reasons(load(at), AttentionKind.NO_SESSION)).singleElement()
                .satisfies(r -> assertThat(r.args()).containsExactly(21L));
        assertThat(reasons(load(below), AttentionKind.NO_SESSION)).isEmpty();
        assertThat(load(fresh).reasons()).isEmpty();
        assertThat(reasons(load(waitingToStart), AttentionKind.NO_SESSION)).singleElement()
                .satisfies(r -> assertThat(r.args()).containsExactly(21L));
    }

    @Test
    void no_moment_is_told_per_partner_and_only_once_the_programme_has_had_the_threshold_to_start() {
        Person a = data.client("Quiet Partner");
        Person b = data.client("Writing Partner");
        long c = caseOpened(60, true, a, b);
        session(c, 1);
        moment(c, a, 7);
        moment(c, b, 6);
        long justEnrolled = caseOpened(6, true, data.client("Six Days In"));
        long notEnrolled = caseOpened(60, false, data.client("Not Enrolled"));

        assertThat(reasons(load(c), AttentionKind.NO_MOMENT)).singleElement().satisfies(r -> {
            assertThat(r.messageKey()).isEqualTo("home.reason.noMoment.partner");
            assertThat(r.args()).containsExactly("Quiet Partner", 7L);
        });
        assertThat(reasons(load(justEnrolled), AttentionKind.NO_MOMENT)).isEmpty();
        assertThat(reasons(load(notEnrolled), AttentionKind.NO_MOMENT)).isEmpty();
    }

    @Test
    void the_therapists_own_settings_move_the_thresholds_and_out_of_range_values_are_refused() {
        long c = caseOpened(60, false, data.client("Settings Case"));
        session(c, 21);
        assertThat(reasons(load(c), AttentionKind.NO_SESSION)).hasSize(1);

        var mine = new AttentionSettings(2, 14, 3, 1, 30, 7);
        users.run(therapist.username(), () -> home.saveSettings(mine));
        assertThat(users.as(therapist.username(), home::settings)).isEqualTo(mine);
        assertThat(users.as(therapist.username(), home::load).settings()).isEqualTo(mine);
        assertThat(reasons(load(c), AttentionKind.NO_SESSION)).isEmpty();
        users.run(therapist.username(), () -> home.saveSettings(new AttentionSettings(2, 14, 3, 1, 21, 7)));
        assertThat(reasons(load(c), AttentionKind.NO_SESSION)).hasSize(1);

        assertThatThrownBy(() -> users.run(therapist.username(),
                () -> home.saveSettings(new AttentionSettings(0, 2, -1, 0, 6, 91))))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors())
                        .extracting(ValidationProblem.FieldError::field)
                        .containsExactly("ratingDropPoints", "ratingDropDays", "reviewWaitDays", "overdueDays",
                                "noSessionDays", "noMomentDays"));
        // Another therapist still has the defaults.
        Person other = data.therapist();
        assertThat(users.as(other.username(), home::settings)).isEqualTo(AttentionSettings.DEFAULTS);
    }

    @Test
    void a_closed_case_is_listed_without_figures_or_reasons() {
        long c = quietCase(60, true, data.client("Closed Case"));
        session(c, 40);
        jdbc.update("UPDATE care_case SET closed_on = ?, closed_reason = 'done' WHERE id = ?", today.minusDays(1), c);
        HomeCase hc = load(c);
        assertThat(hc.closedOn()).isEqualTo(today.minusDays(1));
        assertThat(hc.reasons()).isEmpty();
        assertThat(hc.partners()).isEmpty();
    }

    // ---- acknowledgement ----

    @Test
    void an_acknowledged_reason_stays_hidden_until_something_new_feeds_it() {
        Person a = data.client("Acked Partner");
        Person b = data.client("Other Partner");
        long c = quietCase(60, true, a, b);
        submitted(c, a, "Hope Questions", 5);
        rate(c, a, 14, 8);
        rate(c, a, 0, 5);
        open(c, b, "Coping List", today.minusDays(2));
        long before = auditLines(c);

        for (AttentionReason r : load(c).reasons()) {
            users.run(therapist.username(), () -> home.acknowledge(c, r.kind(), r.clientId()));
        }
        HomeCase hc = load(c);
        assertThat(hc.reasons()).hasSize(3).allSatisfy(r -> assertThat(r.acknowledged()).isTrue());
        assertThat(hc.needsAttention()).isFalse();
        assertThat(auditLines(c)).as("each acknowledgement is audited").isEqualTo(before + 3);

        // A day later with nothing new: still hidden.
        clock.set(noon.plus(Duration.ofDays(1)));
        today = today.plusDays(1);
        assertThat(load(c).needsAttention()).isFalse();

        // Something new for each: another sending, a new low rating, a piece newly overdue.
        submitted(c, b, "Progress Narrative", 0);
        assertThat(reason(load(c), AttentionKind.WAITING_REVIEW).acknowledged()).isFalse();
        assertThat(reason(load(c), AttentionKind.RATING_FELL).acknowledged()).isTrue();
        rate(c, a, 0, 5);
        assertThat(reason(load(c), AttentionKind.RATING_FELL).acknowledged()).isFalse();
        assertThat(reason(load(c), AttentionKind.OVERDUE_HOMEWORK).acknowledged()).isTrue();
        open(c, b, "Hope Questions", today.minusDays(1));
        assertThat(reason(load(c), AttentionKind.OVERDUE_HOMEWORK).acknowledged()).isFalse();
        assertThat(load(c).needsAttention()).isTrue();

        // Acknowledging again, a little later, covers what is there now.
        clock.advance(Duration.ofMinutes(5));
        users.run(therapist.username(), () -> home.acknowledge(c, AttentionKind.WAITING_REVIEW, null));
        assertThat(reason(load(c), AttentionKind.WAITING_REVIEW).acknowledged()).isTrue();
    }

    @Test
    void acknowledging_one_partners_reason_leaves_the_others_and_names_only_a_partner_of_the_case() {
        Person a = data.client("First Quiet");
        Person b = data.client("Second Quiet");
        long c = caseOpened(60, true, a, b);
        users.run(therapist.username(), () -> home.acknowledge(c, AttentionKind.NO_MOMENT, a.id()));
        assertThat(load(c).reasons()).filteredOn(r -> r.kind() == AttentionKind.NO_MOMENT)
                .extracting(r -> r.clientId() + " " + r.acknowledged())
                .containsExactlyInAnyOrder(a.id() + " true", b.id() + " false");
        assertThat(load(c).needsAttention()).isTrue();

        Person stranger = data.client("Not In This Case");
        for (Long wrong : java.util.Arrays.asList(stranger.id(), null)) {
            assertThatThrownBy(() -> users.run(therapist.username(),
                    () -> home.acknowledge(c, AttentionKind.NO_MOMENT, wrong)))
                    .isInstanceOf(app.tether.base.ValidationProblem.class);
        }
        assertThatThrownBy(() -> users.run(therapist.username(),
                () -> home.acknowledge(c, AttentionKind.NO_SESSION, a.id())))
                .isInstanceOf(app.tether.base.ValidationProblem.class);
    }

    @Test
    void acknowledged_silence_comes_back_only_with_a_new_stretch_of_silence() {
        long c = caseOpened(60, false, data.client("Silent Case"));
        session(c, 21);
        users.run(therapist.username(), () -> home.acknowledge(c, AttentionKind.NO_SESSION, null));
        clock.set(noon.plus(Duration.ofDays(10)));
        today = today.plusDays(10);
        assertThat(reason(load(c), AttentionKind.NO_SESSION).acknowledged()).isTrue();

        // A session, then 21 days without one again: a new stretch, shown.
        session(c, 0);
        clock.set(noon.plus(Duration.ofDays(31)));
        today = today.plusDays(21);
        assertThat(reason(load(c), AttentionKind.NO_SESSION).acknowledged()).isFalse();
    }

    @Test
    void only_the_treating_therapist_acknowledges_and_only_on_an_open_case() {
        Person client = data.client("Guarded Client");
        long c = quietCase(60, true, client);
        Person other = data.therapist();
        Person admin = data.person(Role.ADMIN, "Guard Admin");
        for (Person p : List.of(other, client, admin)) {
            assertThatThrownBy(() -> users.run(p.username(), () -> home.acknowledge(c, AttentionKind.NO_SESSION, null)))
                    .as(p.displayName()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> users.run(client.username(), () -> home.load()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(admin.username(), () -> home.load()))
                .isInstanceOf(AccessDeniedException.class);
        jdbc.update("UPDATE care_case SET closed_on = ?, closed_reason = 'done' WHERE id = ?", today, c);
        assertThatThrownBy(() -> users.run(therapist.username(), () -> home.acknowledge(c, AttentionKind.NO_SESSION, null)))
                .isInstanceOf(ValidationProblem.class);
        // Another therapist's home never lists the case.
        assertThat(users.as(other.username(), home::load).cases()).noneMatch(h -> h.caseId() == c);
    }

    // ---- today ----

    @Test
    void today_lists_the_days_appointments_with_their_records_and_sessions_held_without_one() {
        long c = quietCase(60, true, data.client("Today Case"));
        long recorded = session(c, 0, 9);
        long planned = appointment(c, today, 15, "PLANNED", null);
        long done = appointment(c, today, 9, "ATTENDED", recorded);
        long cancelled = appointment(c, today, 8, "CANCELLED", null);
        long unplanned = session(c, 0, 11);
        appointment(c, today.plusDays(2), 10, "PLANNED", null);

        HomeScreen screen = users.as(therapist.username(), home::load);
        assertThat(screen.today()).extracting(TodayItem::appointmentId, TodayItem::sessionId, TodayItem::cancelled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(cancelled, null, true),
                        org.assertj.core.groups.Tuple.tuple(done, recorded, false),
                        org.assertj.core.groups.Tuple.tuple(null, unplanned, false),
                        org.assertj.core.groups.Tuple.tuple(planned, null, false));
        assertThat(screen.today().getLast().end()).isEqualTo(today.atTime(15, 50));
        HomeCase hc = screen.cases().stream().filter(h -> h.caseId() == c).findFirst().orElseThrow();
        assertThat(hc.lastSession()).isEqualTo(today);
        assertThat(hc.nextSession()).isEqualTo(today.atTime(15, 0));
    }

    // ---- fixtures ----

    private HomeCase load(long caseId) {
        return users.as(therapist.username(), home::load).cases().stream().filter(h -> h.caseId() == caseId)
                .findFirst().orElseThrow();
    }

    private static List<AttentionReason> reasons(HomeCase hc, AttentionKind kind) {
        return hc.reasons().stream().filter(r -> r.kind() == kind).toList();
    }

    private static AttentionReason reason(HomeCase hc, AttentionKind kind) {
        return reasons(hc, kind).stream().reduce((x, y) -> {
            throw new AssertionError("more than one " + kind + ": " + hc.reasons());
        }).orElseThrow(() -> new AssertionError("no " + kind + " in " + hc.reasons()));
    }

    /** A case opened and enrolled {@code daysAgo}, with a session yesterday and a moment per partner today. */
    private long quietCase(int daysAgo, boolean enrolled, Person... clients) {
        long c = caseOpened(daysAgo, enrolled, clients);
        session(c, 1);
        for (Person p : clients) {
            moment(c, p, 0);
        }
        return c;
    }

    private long caseOpened(int daysAgo, boolean enrolled, Person... clients) {
        Instant was = clock.instant();
        clock.set(noonOf(today.minusDays(daysAgo)));
        try {
            long c = cases.createCase(clients.length == 2 ? CaseKind.COUPLE : CaseKind.INDIVIDUAL, therapist.id(),
                    Arrays.stream(clients).map(Person::id).toList());
            if (enrolled) {
                cases.enrol(c, Lens.CONNECTION, today.minusDays(daysAgo));
            }
            return c;
        } finally {
            clock.set(was);
        }
    }

    private Instant noonOf(LocalDate day) {
        return day.atTime(12, 0).atZone(time.zone()).toInstant();
    }

    /** Recorded just before noon of the day it is about, so "new" follows the day. */
    private void rate(long caseId, Person client, int daysAgo, int value) {
        Instant was = clock.instant();
        clock.set(noonOf(today.minusDays(daysAgo)).minusSeconds(60));
        try {
            ratings.rate(caseId, client.id(), today.minusDays(daysAgo), value, RatingSource.HOME, null);
        } finally {
            clock.set(was);
        }
    }

    private void moment(long caseId, Person client, int daysAgo) {
        moments.log(caseId, client.id(), new EntryInput(today.minusDays(daysAgo).atTime(8, 0), "We walked", null,
                null, null, null, List.of(), false), true);
    }

    private long session(long caseId, int daysAgo) {
        return session(caseId, daysAgo, 10);
    }

    private long session(long caseId, int daysAgo, int hour) {
        return sessions.record(caseId, therapist.id(), today.minusDays(daysAgo).atTime(hour, 0), null, List.of(), null,
                List.of());
    }

    private void submitted(long caseId, Person client, String title, int daysAgo) {
        // Sent "now" means a minute after the clock, so it is newer than an acknowledgement made at the clock's time.
        Instant at = daysAgo == 0 ? clock.instant().plusSeconds(60) : noonOf(today.minusDays(daysAgo));
        assignment(caseId, client, title, today.minusDays(daysAgo).plusDays(7), "SUBMITTED", at);
    }

    private void open(long caseId, Person client, String title, LocalDate due) {
        assignment(caseId, client, title, due, "OPEN", null);
    }

    private void assignment(long caseId, Person client, String title, LocalDate due, String status, Instant submitted) {
        jdbc.update("INSERT INTO assignment (case_id, client_id, builtin, stage, title, instructions, due_on, status, "
                        + "assigned_at, assigned_by, submitted_at, version) VALUES (?, ?, FALSE, 1, ?, 'Do it', ?, ?, ?, ?, ?, 0)",
                caseId, client.id(), title, due, status, utc(noon.minus(Duration.ofDays(30))), therapist.id(),
                submitted == null ? null : utc(submitted));
    }

    private long appointment(long caseId, LocalDate day, int hour, String status, Long sessionId) {
        jdbc.update("INSERT INTO appointment (case_id, day, starts_at, minutes, mode, status, session_id, created_by, "
                        + "created_at, updated_at, version) VALUES (?, ?, ?, 50, 'IN_PERSON', ?, ?, ?, ?, ?, 0)",
                caseId, day, java.time.LocalTime.of(hour, 0), status, sessionId, therapist.id(), utc(noon), utc(noon));
        return jdbc.queryForObject("SELECT MAX(id) FROM appointment WHERE case_id = ?", Long.class, caseId);
    }

    private long auditLines(long caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE case_id = ?", Long.class, caseId);
    }

    /** Hibernate stores an Instant as its UTC wall-clock time; fixtures written with SQL do the same. */
    private static Timestamp utc(Instant at) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
