package app.tether.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.caseload.ReadinessInput;
import app.tether.caseload.ReadinessService;
import app.tether.homework.AssignRequest;
import app.tether.homework.AssignmentSummary;
import app.tether.homework.ExerciseChoice;
import app.tether.homework.HomeworkService;
import app.tether.homework.NotReadyToTalkException;
import app.tether.programme.FrameworkCatalog;
import app.tether.programme.FrameworkExercises;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A couple marked not ready to talk together: assigning Collaborative Stance asks first and names what
 * each partner can do alone at stage 1; confirmed, it is assigned. Ready (or not yet assessed): no question.
 */
@IntegrationTest
class ReadinessAssignBrowserlessTest extends SpringBrowserlessTest {

    @Autowired ReadinessService readiness;
    @Autowired HomeworkService homework;
    @Autowired FrameworkCatalog catalog;
    @Autowired TestClock clock;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    Person therapist;
    Person he;
    Person she;
    long caseId;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-03-04T10:00:00Z"));
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        he = data.client("Lei Ready");
        she = data.client("Ting Ready");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 2, he, she);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    private void assess(boolean ready) {
        users.as(therapist.username(), () -> readiness.recordReadiness(caseId,
                new ReadinessInput(ready, LocalDate.of(2026, 3, 2), ready ? null : "Two months of silence")));
    }

    private List<AssignmentSummary> caseHomework() {
        return users.as(therapist.username(), () -> homework.caseHomework(caseId)).assignments();
    }

    private CaseHomeworkView assignCollaborativeStance() {
        TestUsers.signIn(userDetails, therapist.username());
        UI.getCurrent().navigate("cases/" + caseId);
        CaseHomeworkView view = navigate("cases/" + caseId + "/homework", CaseHomeworkView.class);
        view.mode.setValue(CaseHomeworkView.Mode.ONE);
        view.exercise.setValue(view.exercise.getListDataView().getItems()
                .filter(e -> FrameworkExercises.COLLABORATIVE_STANCE.equals(e.code())).findFirst().orElseThrow());
        view.clients.setValue(java.util.Set.copyOf(view.clients.getListDataView().getItems().toList()));
        test(view.assign).click();
        return view;
    }

    @Test
    void not_ready_asks_first_lists_the_alternatives_and_assigns_once_confirmed() {
        assess(false);

        assignCollaborativeStance();
        Dialog dialog = $(Dialog.class).id("not-ready-dialog");
        String text = dialog.getElement().getTextRecursively();
        assertThat(text).contains("not ready", "Collaborative Stance Practice", "Relationship Narrative Listening")
                .doesNotContain("Hope Questions", "Coping List");
        assertThat(caseHomework()).isEmpty();
        // Going back is the default; with one exercise asked for, there are no others to assign.
        Button back = $(Button.class).id("not-ready-back");
        assertThat(back.hasThemeName("primary")).isTrue();
        assertThat(back.isAutofocus()).isTrue();
        assertThat($(Button.class).id("not-ready-assign").hasThemeName("primary")).isFalse();
        assertThat($(Button.class).withId("not-ready-others").all()).isEmpty();

        test($(Button.class).id("not-ready-assign")).click();
        assertThat(caseHomework()).hasSize(2)
                .allSatisfy(a -> assertThat(a.title()).isEqualTo("ex.collaborative-stance.title"));
    }

    @Test
    void going_back_assigns_nothing_and_assign_only_the_others_leaves_the_talking_exercises_out() {
        assess(false);
        assignCollaborativeStance();
        test($(Button.class).id("not-ready-back")).click();
        assertThat(caseHomework()).isEmpty();

        CaseHomeworkView view = navigate("cases/" + caseId + "/homework", CaseHomeworkView.class);
        view.mode.setValue(CaseHomeworkView.Mode.STAGE_SET);
        view.clients.setValue(java.util.Set.copyOf(view.clients.getListDataView().getItems().toList()));
        test(view.assign).click();
        test($(Button.class).id("not-ready-others")).click();
        assertThat(caseHomework()).isNotEmpty()
                .noneSatisfy(a -> assertThat(a.title()).isIn("ex.collaborative-stance.title", "ex.hope-questions.title"));
    }

    @Test
    void the_service_refuses_without_the_confirmation_and_names_the_individual_alternatives() {
        assess(false);
        long stance = catalog.byCode(FrameworkExercises.COLLABORATIVE_STANCE).id();
        long hope = catalog.byCode(FrameworkExercises.HOPE_QUESTIONS).id();
        long listening = catalog.byCode(FrameworkExercises.NARRATIVE_LISTENING).id();
        var request = new AssignRequest(caseId, List.of(stance, hope, listening), List.of(he.id(), she.id()), null,
                null);

        var asked = catchThrowableOfType(NotReadyToTalkException.class,
                () -> users.as(therapist.username(), () -> homework.assign(request)));
        assertThat(asked.talking()).extracting(ExerciseChoice::exerciseId).containsExactly(stance, hope);
        assertThat(asked.alternatives()).extracting(ExerciseChoice::exerciseId).contains(listening)
                .doesNotContain(stance, hope);
        assertThat(asked.errors()).extracting(e -> e.messageKey()).containsExactly("validation.assign.notReady");
        assertThat(caseHomework()).isEmpty();

        assertThat(users.as(therapist.username(), () -> homework.assign(request.confirmingNotReady()))).hasSize(6);
    }

    @Test
    void ready_or_not_yet_assessed_assigns_without_a_question() {
        assignCollaborativeStance();
        assertThat($(Dialog.class).withId("not-ready-dialog").all()).isEmpty();
        assertThat(caseHomework()).hasSize(2);

        assess(false);
        assess(true);
        assertThat(users.as(therapist.username(), () -> readiness.readiness(caseId)).history()).hasSize(2);
        long coping = catalog.byCode(FrameworkExercises.HOPE_QUESTIONS).id();
        assertThat(users.as(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(coping), List.of(he.id()), null, null)))).hasSize(1);
    }
}
