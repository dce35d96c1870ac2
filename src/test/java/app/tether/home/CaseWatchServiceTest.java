package app.tether.home;

import static app.tether.programme.FrameworkExercises.FUTURE_PREVENTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.PracticeTime;
import app.tether.base.TestClock;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.homework.Answers;
import app.tether.homework.AssignRequest;
import app.tether.homework.HomeworkService;
import app.tether.homework.MyHomeworkService;
import app.tether.programme.FrameworkCatalog;
import app.tether.scales.RatingSource;
import app.tether.scales.ScaleProvisioning;
import app.tether.security.AccountProvisioning;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The case page's watch lists stand beside the home screen's own "rating fell" reason. */
@IntegrationTest
class CaseWatchServiceTest {

    @Autowired CaseWatchService watch;
    @Autowired HomeService home;
    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired FrameworkCatalog catalog;
    @Autowired ScaleProvisioning ratings;
    @Autowired AccountProvisioning accounts;
    @Autowired CaseProvisioning cases;
    @Autowired UserDetailsService userDetails;
    @Autowired PracticeTime time;
    @Autowired TestClock clock;

    TestUsers users;
    TestData data;
    Person therapist;
    Person her;
    Person him;
    long caseId;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(time.zone());
        clock.set(today.atTime(12, 0).atZone(time.zone()).toInstant());
        users = new TestUsers(userDetails);
        data = new TestData(accounts, cases);
        therapist = data.therapist();
        her = data.client("Falling Her");
        him = data.client("Steady Him");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 40, her, him);
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    private void sendPlan(Person client) {
        long id = catalog.byCode(FUTURE_PREVENTION).id();
        long a = users.as(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(id), List.of(client.id()), null, null))).getFirst().id();
        users.as(client.username(), () -> mine.submit(a, new Answers(Map.of("signs", List.of("I stop sleeping well"),
                "then", List.of("Call my sister"), "coping", List.of("Swimming"), "support", List.of("Our check-in"))),
                mine.open(a).summary().version()));
    }

    @Test
    void a_fall_shows_the_home_screens_reason_beside_the_watch_list_and_a_steady_partner_stays_folded() {
        sendPlan(her);
        sendPlan(him);
        ratings.rate(caseId, her.id(), today.minusDays(14), 8, RatingSource.HOME, null);
        ratings.rate(caseId, her.id(), today, 5, RatingSource.HOME, null);
        ratings.rate(caseId, him.id(), today.minusDays(14), 6, RatingSource.HOME, null);
        ratings.rate(caseId, him.id(), today, 6, RatingSource.HOME, null);

        CaseWatch w = users.as(therapist.username(), () -> watch.caseWatch(caseId));
        assertThat(w.items()).extracting(CaseWatch.Item::clientName).containsExactly("Falling Her", "Steady Him");
        CaseWatch.Item hers = w.items().getFirst();
        assertThat(hers.watchList().signs()).containsExactly("I stop sleeping well");
        assertThat(hers.fell()).isNotNull();
        // The same reason, in the same words, as on the home screen.
        HomeCase onHome = users.as(therapist.username(), () -> home.load()).cases().stream()
                .filter(c -> c.caseId() == caseId).findFirst().orElseThrow();
        assertThat(onHome.reasons()).filteredOn(r -> r.kind() == AttentionKind.RATING_FELL).containsExactly(hers.fell());
        assertThat(w.items().get(1).fell()).isNull();
        assertThat(w.items().get(1).watchList()).isNotNull();
    }

    @Test
    void a_fall_without_a_watch_list_is_still_told_and_only_the_treating_therapist_reads_it() {
        ratings.rate(caseId, him.id(), today.minusDays(10), 7, RatingSource.HOME, null);
        ratings.rate(caseId, him.id(), today, 4, RatingSource.HOME, null);
        CaseWatch w = users.as(therapist.username(), () -> watch.caseWatch(caseId));
        assertThat(w.items()).singleElement().satisfies(i -> {
            assertThat(i.clientName()).isEqualTo("Steady Him");
            assertThat(i.watchList()).isNull();
            assertThat(i.fell()).isNotNull();
        });
        Person other = data.therapist();
        assertThatThrownBy(() -> users.as(other.username(), () -> watch.caseWatch(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(her.username(), () -> watch.caseWatch(caseId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void before_stage_six_a_fall_without_a_plan_given_says_nothing_about_the_plan() {
        Person client = data.client("Early Fall");
        long second = data.enrolledCase(therapist, Lens.CONNECTION, 10, client);
        ratings.rate(second, client.id(), today.minusDays(10), 7, RatingSource.HOME, null);
        ratings.rate(second, client.id(), today, 4, RatingSource.HOME, null);
        assertThat(users.as(therapist.username(), () -> watch.caseWatch(second)).items()).singleElement()
                .satisfies(i -> assertThat(i.planExpected()).isFalse());
        // Once a Future Prevention is given, its absence is worth saying.
        long fp = catalog.byCode(FUTURE_PREVENTION).id();
        users.as(therapist.username(), () -> homework.assign(
                new AssignRequest(second, List.of(fp), List.of(client.id()), null, null)));
        assertThat(users.as(therapist.username(), () -> watch.caseWatch(second)).items()).singleElement()
                .satisfies(i -> assertThat(i.planExpected()).isTrue());
        // At stage 6 it is expected anyway.
        cases.recordStageChange(caseId, 6, "Ready for maintenance", today);
        ratings.rate(caseId, him.id(), today.minusDays(10), 7, RatingSource.HOME, null);
        ratings.rate(caseId, him.id(), today, 4, RatingSource.HOME, null);
        assertThat(users.as(therapist.username(), () -> watch.caseWatch(caseId)).items()).singleElement()
                .satisfies(i -> assertThat(i.planExpected()).isTrue());
    }
}
