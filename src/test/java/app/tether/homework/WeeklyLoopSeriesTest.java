package app.tether.homework;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Lens;
import app.tether.programme.FrameworkCatalog;
import app.tether.programme.FrameworkExercises;
import app.tether.security.AccountProvisioning;
import app.tether.security.AccountService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * When a weekly series opens its next week and when it stops (decision record 034): a cancelled latest
 * week ends it for the client's list too, two readers opening a week at once make one piece, weeks and
 * overdue follow the practice's zone, and a series stops for a closed case or an inactive client.
 */
@IntegrationTest
class WeeklyLoopSeriesTest {

    /** Wednesday 4 November 2026, midday: the week of Monday 2 November. */
    static final Instant WEDNESDAY = Instant.parse("2026-11-04T12:00:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    static final String COMMITMENT = FrameworkExercises.COMMITMENT_EXPERIMENT;

    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired WeeklyLoopService loop;
    @Autowired HomeworkProvisioning provisioning;
    @Autowired FrameworkCatalog catalog;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired CaseloadService caseload;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired TestClock clock;

    TestUsers users;
    Person therapist;
    Person lei;
    Person ting;
    long caseId;

    @BeforeEach
    void setUp() {
        clock.set(WEDNESDAY);
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        lei = data.client("Lei Series");
        ting = data.client("Ting Series");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 30, lei, ting);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private long assignCommitment(Person client) {
        long exercise = catalog.byCode(COMMITMENT).id();
        return users.as(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(exercise), List.of(client.id()), null, null))).getFirst().id();
    }

    private List<AssignmentSummary> myCommitments(Person client) {
        MyHomework all = users.as(client.username(), () -> mine.myHomework());
        return Stream.of(all.overdue(), all.dueSoon(), all.done()).flatMap(List::stream)
                .filter(a -> COMMITMENT.equals(a.exerciseCode())).toList();
    }

    private List<AssignmentSummary> caseCommitments() {
        return users.as(therapist.username(), () -> homework.caseHomework(caseId)).assignments().stream()
                .filter(a -> COMMITMENT.equals(a.exerciseCode())).toList();
    }

    @Test
    void a_cancelled_latest_week_ends_the_series_for_the_clients_list_too() {
        assignCommitment(lei);
        clock.advance(Duration.ofDays(7));
        AssignmentSummary second = myCommitments(lei).stream()
                .filter(a -> MONDAY.plusDays(7).equals(a.weekOf())).findFirst().orElseThrow();
        users.as(therapist.username(), () -> homework.cancel(second.id(), second.version()));

        // The same week: the list opens without error, and no new piece replaces the cancelled one.
        assertThat(myCommitments(lei)).extracting(AssignmentSummary::weekOf).containsExactly(MONDAY);
        // The week after: the series has ended.
        clock.advance(Duration.ofDays(7));
        assertThat(myCommitments(lei)).extracting(AssignmentSummary::weekOf).containsExactly(MONDAY);
        assertThat(caseCommitments()).extracting(AssignmentSummary::weekOf)
                .containsExactlyInAnyOrder(MONDAY, MONDAY.plusDays(7));
    }

    @Test
    void two_readers_opening_the_same_new_week_at_once_make_one_piece_and_neither_fails() throws Exception {
        assignCommitment(lei);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int week = 1; week <= 3; week++) {
                clock.advance(Duration.ofDays(7));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> done = new ArrayList<>();
                done.add(pool.submit(() -> {
                    start.await();
                    return users.as(lei.username(), () -> mine.myHomework());
                }));
                done.add(pool.submit(() -> {
                    start.await();
                    return users.as(therapist.username(), () -> homework.caseHomework(caseId));
                }));
                start.countDown();
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS); // throws if either reader failed
                }
                LocalDate monday = MONDAY.plusWeeks(week);
                assertThat(caseCommitments()).filteredOn(a -> monday.equals(a.weekOf())).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void weeks_and_overdue_follow_the_practices_zone_not_the_servers() {
        assignCommitment(lei);
        // Sunday 8 November, midday in London (the practice): already Monday 9 November on a server at UTC+14.
        clock.useZone(ZoneId.of("Pacific/Kiritimati"));
        clock.set(Instant.parse("2026-11-08T12:00:00Z"));
        assertThat(myCommitments(lei)).singleElement().satisfies(a -> {
            assertThat(a.weekOf()).isEqualTo(MONDAY);
            assertThat(a.overdue()).isFalse();
        });
        assertThat(caseCommitments()).singleElement().satisfies(a -> assertThat(a.overdue()).isFalse());

        // Friday 23:30 at UTC is already Saturday in London in summer: given then, the series starts the week ahead.
        long given = provisioning.assign(caseId, ting.id(), therapist.id(), catalog.byCode(COMMITMENT), null, null,
                null, Instant.parse("2026-07-03T23:30:00Z"));
        assertThat(provisioning.weekOf(given)).isEqualTo(LocalDate.of(2026, 7, 6));
    }

    @Test
    void a_series_stops_when_the_case_is_closed() {
        assignCommitment(lei);
        users.run(therapist.username(), () -> caseload.closeCase(caseId, MONDAY.plusDays(2), "Work completed",
                caseload.caseDetails(caseId).version()));
        clock.advance(Duration.ofDays(7));
        assertThat(myCommitments(lei)).extracting(AssignmentSummary::weekOf).containsExactly(MONDAY);
        assertThat(caseCommitments()).extracting(AssignmentSummary::weekOf).containsExactly(MONDAY);
    }

    @Test
    void a_series_stops_for_a_client_no_longer_active() {
        assignCommitment(lei);
        assignCommitment(ting);
        users.run("admin", () -> accounts.setActive(ting.id(), false));
        clock.advance(Duration.ofDays(7));
        List<AssignmentSummary> all = caseCommitments();
        assertThat(all).filteredOn(a -> a.clientId() == ting.id()).extracting(AssignmentSummary::weekOf)
                .containsExactly(MONDAY);
        assertThat(all).filteredOn(a -> a.clientId() == lei.id()).extracting(AssignmentSummary::weekOf)
                .containsExactlyInAnyOrder(MONDAY, MONDAY.plusDays(7));
    }

    @Test
    void the_timeline_shows_a_missed_week_between_sent_ones() {
        long first = assignCommitment(lei);
        provisioning.submit(first, new Answers(java.util.Map.of("chosen", List.of("Tea on her desk"),
                "try1", List.of("Jasmine tea"))), WEDNESDAY);
        clock.advance(Duration.ofDays(7));
        myCommitments(lei); // week 2 opened, nothing sent
        clock.advance(Duration.ofDays(7));
        AssignmentSummary third = myCommitments(lei).stream()
                .filter(a -> MONDAY.plusDays(14).equals(a.weekOf())).findFirst().orElseThrow();
        provisioning.submit(third.id(), new Answers(java.util.Map.of("chosen", List.of("A walk after dinner"),
                "try1", List.of("Tuesday walk"))), clock.instant());

        LoopTimeline timeline = users.as(therapist.username(), () -> loop.timeline(caseId)).stream()
                .filter(t -> t.clientId() == lei.id()).findFirst().orElseThrow();
        assertThat(timeline.weeks()).extracting(LoopWeek::weekOf)
                .containsExactly(MONDAY, MONDAY.plusDays(7), MONDAY.plusDays(14));
        assertThat(timeline.weeks()).extracting(LoopWeek::nothingSent).containsExactly(false, true, false);
        assertThat(users.as(lei.username(), () -> loop.myTimeline(caseId)).weeks()).extracting(LoopWeek::nothingSent)
                .containsExactly(false, true, false);
    }
}
