package app.tether.home.ui;

import static app.tether.programme.FrameworkExercises.FUTURE_PREVENTION;
import static org.assertj.core.api.Assertions.assertThat;

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
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The watch list on screen (decision record 035): the client reads their own on "My programme" in words of
 * what they know and can do; the therapist reads it on the case page, opened under the reason when the
 * rating fell. A partner never sees the other's. The clock is pinned at noon.
 */
@IntegrationTest
class WatchListViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService userDetails;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired FrameworkCatalog catalog;
    @Autowired ScaleProvisioning ratings;
    @Autowired PracticeTime time;
    @Autowired TestClock clock;

    TestUsers users;
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
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        her = data.client("Mei Watch");
        him = data.client("Jun Watch");
        caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 40, her, him);
        long id = catalog.byCode(FUTURE_PREVENTION).id();
        long a = users.as(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(id), List.of(her.id()), null, null))).getFirst().id();
        users.as(her.username(), () -> mine.submit(a, new Answers(Map.of(
                "signs", List.of("I check his messages <again>", "I stop eating lunch"),
                "then", List.of("Go for a walk and text my sister"),
                "coping", List.of("Drawing in the evening"),
                "support", List.of("The Thursday group"))), mine.open(a).summary().version()));
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void the_client_reads_her_own_watch_list_on_my_programme_and_her_partner_reads_none() {
        TestUsers.signIn(userDetails, her.username());
        navigate("my-programme", com.vaadin.flow.component.Component.class);
        String card = text($(Div.class).id("my-watch-list"));
        assertThat(card).contains("My watch list", "You know these early signs", "Early signs I know to notice",
                "I check his messages <again>", "What I will do when I notice them", "Go for a walk and text my sister",
                "What has helped me before", "Drawing in the evening", "Where I find support", "The Thursday group");

        TestUsers.signIn(userDetails, him.username());
        // Away first: navigating to the route shown now would keep its view.
        navigate("my-homework", com.vaadin.flow.component.Component.class);
        navigate("my-programme", com.vaadin.flow.component.Component.class);
        assertThat(text($(com.vaadin.flow.component.html.Paragraph.class).id("programme-where"))).contains("Day");
        assertThat($(Div.class).withId("my-watch-list").all()).isEmpty();
    }

    @Test
    void the_case_page_opens_the_watch_list_under_the_reason_when_her_rating_fell() {
        TestUsers.signIn(userDetails, therapist.username());
        navigate("cases/" + caseId, com.vaadin.flow.component.Component.class);
        Details folded = $(Details.class).withClassName("watch-details").single();
        assertThat(folded.isOpened()).isFalse();
        assertThat(text($(Div.class).id("case-watch"))).contains("Watch lists", "Watch list of Mei Watch")
                .doesNotContain("rating fell", "Jun Watch");

        ratings.rate(caseId, her.id(), today.minusDays(14), 8, RatingSource.HOME, null);
        ratings.rate(caseId, her.id(), today, 5, RatingSource.HOME, null);
        navigate("cases/" + caseId, com.vaadin.flow.component.Component.class);
        String panel = text($(Div.class).id("case-watch"));
        assertThat(panel).contains("Mei Watch’s rating fell 3 points", "Early signs they named",
                "I check his messages <again>", "Where they find support");
        assertThat($(Details.class).withClassName("watch-details").single().isOpened()).isTrue();
        assertThat(panel.indexOf("rating fell")).isLessThan(panel.indexOf("Early signs"));
    }

    @Test
    void before_stage_six_a_fall_stands_alone_without_a_missing_plan_line() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        var early = data.client("Early Watch");
        long earlyCase = data.enrolledCase(therapist, Lens.NARRATIVE, 10, early);
        ratings.rate(earlyCase, early.id(), today.minusDays(14), 8, RatingSource.HOME, null);
        ratings.rate(earlyCase, early.id(), today, 5, RatingSource.HOME, null);
        TestUsers.signIn(userDetails, therapist.username());
        navigate("cases/" + earlyCase, com.vaadin.flow.component.Component.class);
        assertThat(text($(Div.class).id("case-watch"))).contains("Early Watch’s rating fell 3 points")
                .doesNotContain("Future Prevention");
    }
}
