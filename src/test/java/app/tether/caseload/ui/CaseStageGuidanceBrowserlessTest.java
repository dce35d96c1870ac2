package app.tether.caseload.ui;

import static app.tether.programme.FrameworkExercises.MIRACLE_QUESTION;
import static app.tether.programme.FrameworkExercises.SCALE_POSITIONING;
import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.homework.Answers;
import app.tether.homework.AssignmentStatus;
import app.tether.homework.AssignmentSummary;
import app.tether.homework.HomeworkProvisioning;
import app.tether.homework.HomeworkService;
import app.tether.programme.FrameworkCatalog;
import app.tether.security.AccountProvisioning;
import app.tether.shell.RefusedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The case page beside the stage: its goal and signs, the days of a return, and giving the stage again. */
@IntegrationTest
class CaseStageGuidanceBrowserlessTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService userDetails;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired HomeworkProvisioning homeworkProvisioning;
    @Autowired HomeworkService homework;
    @Autowired FrameworkCatalog catalog;
    @Autowired TestClock clock;

    private TestData data;
    private Person therapist;
    private Person lei;
    private Person ting;

    @BeforeEach
    void setUp() {
        clock.reset();
        data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        lei = data.client("Lei Test");
        ting = data.client("Ting Test");
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    /** A couple on day 31, back at stage 3 since three days ago, with the Miracle Question done by both. */
    private long coupleBackAtStageThree() {
        long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 30, lei, ting);
        LocalDate start = LocalDate.now().minusDays(30);
        caseProvisioning.recordStageChange(caseId, 2, "Resources", start.plusDays(7));
        caseProvisioning.recordStageChange(caseId, 3, "Vision", start.plusDays(14));
        caseProvisioning.recordStageChange(caseId, 4, "Exceptions", start.plusDays(21));
        caseProvisioning.recordStageChange(caseId, 3, "The picture blurred", LocalDate.now().minusDays(3));
        for (Person p : List.of(lei, ting)) {
            done(caseId, MIRACLE_QUESTION, p);
        }
        done(caseId, SCALE_POSITIONING, lei);
        return caseId;
    }

    private void done(long caseId, String code, Person client) {
        long id = homeworkProvisioning.assign(caseId, client.id(), therapist.id(), catalog.byCode(code), null, null,
                LocalDate.now().minusDays(10), Instant.now().minusSeconds(86_400 * 12));
        homeworkProvisioning.submit(id, new Answers(Map.of()), Instant.now().minusSeconds(86_400 * 11));
        homeworkProvisioning.review(id, null, Instant.now().minusSeconds(86_400 * 10));
    }

    @Test
    void a_case_in_its_first_stage_shows_the_goal_the_signs_and_the_usual_days() {
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 3, data.client("First Client"));
        signIn(therapist.username());
        CaseView view = navigate("cases/" + caseId, CaseView.class);
        Div guidance = $(Div.class).id("stage-guidance");
        assertThat(text(guidance)).contains("Stage 1: what it is for", "Goal: build a working alliance",
                "Signs that stage 2 may be near", "says they feel heard", "A small, concrete hope",
                "not a condition");
        assertThat(text($(Div.class).id("case-day"))).contains("Day 4 (this stage usually covers days 1–7)");
        assertThat($(Div.class).withId("give-again").all()).isEmpty();
        assertThat(text(view)).doesNotContain("this return");
    }

    @Test
    void the_last_stage_lists_the_signs_that_the_change_is_lasting() {
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 40, data.client("Late Client"));
        caseProvisioning.recordStageChange(caseId, 6, "Settling", LocalDate.now().minusDays(2));
        signIn(therapist.username());
        navigate("cases/" + caseId, CaseView.class);
        assertThat(text($(Div.class).id("stage-guidance"))).contains("Signs that the change is lasting",
                "a plan for setbacks").doesNotContain("Signs that stage 7");
    }

    @Test
    void after_a_move_back_the_page_counts_the_return_and_shows_the_evidence() {
        long caseId = coupleBackAtStageThree();
        signIn(therapist.username());
        CaseView view = navigate("cases/" + caseId, CaseView.class);
        assertThat(text($(Div.class).id("case-day")))
                .isEqualTo("Programme dayDay 4 of this return to stage 3 (programme day 31)");
        assertThat(text(view)).doesNotContain("usually covers");
        assertThat(text($(Div.class).id("stage-guidance"))).contains("Goal: help the client describe the relationship",
                "Signs that stage 4 may be near", "concrete preferred future",
                "Miracle Question: sent by Lei Test and Ting Test",
                "Scale Positioning: sent by Lei Test, not yet by Ting Test");
    }

    @Test
    void moving_forward_after_a_return_counts_the_days_in_the_stage_not_its_usual_days() {
        long caseId = coupleBackAtStageThree();
        caseProvisioning.recordStageChange(caseId, 4, "The picture is clear again", LocalDate.now());
        signIn(therapist.username());
        CaseView view = navigate("cases/" + caseId, CaseView.class);
        assertThat(text($(Div.class).id("case-day")))
                .isEqualTo("Programme dayDay 1 in this stage (programme day 31)");
        assertThat(text(view)).doesNotContain("usually covers", "this return");
        assertThat($(Div.class).withId("give-again").all()).isEmpty();
    }

    @Test
    void a_move_forward_undone_the_same_day_is_no_return() {
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 16, data.client("Slip Client"));
        LocalDate start = LocalDate.now().minusDays(16);
        caseProvisioning.recordStageChange(caseId, 2, "Resources", start.plusDays(7));
        caseProvisioning.recordStageChange(caseId, 3, "Vision", start.plusDays(14));
        caseProvisioning.recordStageChange(caseId, 4, "Meant for another case", LocalDate.now());
        caseProvisioning.recordStageChange(caseId, 3, "Undone", LocalDate.now());
        signIn(therapist.username());
        CaseView view = navigate("cases/" + caseId, CaseView.class);
        assertThat(text($(Div.class).id("case-day"))).isEqualTo("Programme dayDay 17 (this stage usually covers days 15–21)");
        assertThat(text(view)).doesNotContain("this return");
        assertThat($(Div.class).withId("give-again").all()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void after_a_move_back_the_therapist_gives_the_chosen_exercises_again() {
        long caseId = coupleBackAtStageThree();
        signIn(therapist.username());
        navigate("cases/" + caseId, CaseView.class);
        assertThat(text($(Div.class).id("give-again"))).contains("Give this stage’s exercises again",
                "The case is back at stage 3");
        CheckboxGroup<Object> pick = $(CheckboxGroup.class).id("give-again-exercises");
        List<Object> offered = pick.getListDataView().getItems().toList();
        assertThat(offered).hasSize(2);
        assertThat(offered.stream().map(pick.getItemLabelGenerator()::apply))
                .containsExactlyInAnyOrder("Miracle Question (done by Lei Test, Ting Test)",
                        "Scale Positioning (done by Lei Test)");
        Object miracle = offered.stream()
                .filter(o -> pick.getItemLabelGenerator().apply(o).startsWith("Miracle")).findFirst().orElseThrow();
        pick.setValue(Set.of(miracle));
        test($(Button.class).id("give-again-submit")).click();

        List<AssignmentSummary> open = new TestUsers(userDetails).as(therapist.username(),
                () -> homework.caseHomework(caseId)).assignments().stream()
                .filter(a -> a.status() == AssignmentStatus.OPEN).toList();
        assertThat(open).extracting(AssignmentSummary::clientName).containsExactlyInAnyOrder("Lei Test", "Ting Test");
        assertThat(open).allSatisfy(a -> assertThat(a.title()).isEqualTo("ex.miracle-question.title"));
    }

    @Test
    void another_therapist_does_not_reach_the_page_or_the_offer() {
        long caseId = coupleBackAtStageThree();
        signIn(data.therapist().username());
        navigate("cases/" + caseId, RefusedView.class);
        assertThat($(Div.class).withId("give-again").all()).isEmpty();
        assertThat($(Div.class).withId("stage-guidance").all()).isEmpty();
    }

    private void signIn(String username) {
        app.tether.TestUsers.signIn(userDetails, username);
    }
}
