package app.tether.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.caseload.ReadinessInput;
import app.tether.caseload.ReadinessService;
import app.tether.homework.Answers;
import app.tether.homework.AssignRequest;
import app.tether.homework.AssignmentSummary;
import app.tether.homework.HomeworkProvisioning;
import app.tether.homework.HomeworkService;
import app.tether.homework.NotReadyToTalkException;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.FrameworkCatalog;
import app.tether.programme.FrameworkExercises;
import app.tether.security.AccountProvisioning;
import app.tether.sessions.SessionProvisioning;
import app.tether.sessions.SessionService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A couple marked not ready to talk together is asked about on every screen that assigns, not only the
 * Homework tab: the session page and "give again" after a move back open the same question, with the
 * individual alternatives, and assign once confirmed.
 */
@IntegrationTest
class ReadinessElsewhereBrowserlessTest extends SpringBrowserlessTest {

    @Autowired ReadinessService readiness;
    @Autowired HomeworkService homework;
    @Autowired HomeworkProvisioning homeworkProvisioning;
    @Autowired SessionProvisioning sessionProvisioning;
    @Autowired SessionService sessions;
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
        clock.reset();
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        he = data.client("Lei Elsewhere");
        she = data.client("Ting Elsewhere");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 20, he, she);
        users.run(therapist.username(), () -> readiness.recordReadiness(caseId,
                new ReadinessInput(false, LocalDate.now().minusDays(1), "They are not talking yet")));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    private List<AssignmentSummary> caseHomework() {
        return users.as(therapist.username(), () -> homework.caseHomework(caseId)).assignments();
    }

    /** Both partners sent three stage-1 exercises (reviewed, so none is open); the case went on to 2 and back to 1. */
    private void doneInStageOneThenBack() {
        for (String code : List.of(FrameworkExercises.COLLABORATIVE_STANCE, FrameworkExercises.HOPE_QUESTIONS,
                FrameworkExercises.NARRATIVE_LISTENING)) {
            for (Person p : List.of(he, she)) {
                long id = homeworkProvisioning.assign(caseId, p.id(), therapist.id(), catalog.byCode(code), null, null,
                        LocalDate.now().minusDays(14), Instant.now().minusSeconds(86_400 * 18));
                homeworkProvisioning.submit(id, new Answers(Map.of()), Instant.now().minusSeconds(86_400 * 16));
                homeworkProvisioning.review(id, null, Instant.now().minusSeconds(86_400 * 15));
            }
        }
        caseProvisioning.recordStageChange(caseId, 2, "Resources", LocalDate.now().minusDays(12));
        caseProvisioning.recordStageChange(caseId, 1, "Back to listening", LocalDate.now().minusDays(2));
    }

    @Test
    void the_session_page_asks_before_setting_a_talking_exercise_and_sets_it_once_confirmed() {
        long session = sessionProvisioning.record(caseId, therapist.id(), LocalDateTime.now().minusHours(1), 1,
                List.of(he.id(), she.id()), "First session", List.of());
        TestUsers.signIn(userDetails, therapist.username());
        UI.getCurrent().navigate("sessions/" + session);
        @SuppressWarnings("unchecked")
        ComboBox<ExerciseDefinition> exercise = $(ComboBox.class).id("session-hw-exercise");
        exercise.setValue(exercise.getListDataView().getItems()
                .filter(e -> FrameworkExercises.COLLABORATIVE_STANCE.equals(e.code())).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        CheckboxGroup<Object> clients = $(CheckboxGroup.class).id("session-hw-clients");
        clients.setValue(Set.copyOf(clients.getListDataView().getItems().toList()));
        test($(Button.class).id("session-hw-assign")).click();

        Dialog dialog = $(Dialog.class).id("not-ready-dialog");
        assertThat(dialog.getElement().getTextRecursively()).contains("Collaborative Stance Practice",
                "Relationship Narrative Listening");
        assertThat($(Button.class).id("not-ready-back").isAutofocus()).isTrue();
        assertThat($(Button.class).withId("not-ready-others").all()).isEmpty();
        assertThat(caseHomework()).isEmpty();

        test($(Button.class).id("not-ready-assign")).click();
        assertThat(caseHomework()).hasSize(2);
        assertThat(users.as(therapist.username(), () -> sessions.session(session)).homeworkIds()).hasSize(2);
    }

    @Test
    void giving_the_stage_again_asks_and_can_leave_the_talking_exercises_out() {
        doneInStageOneThenBack();
        TestUsers.signIn(userDetails, therapist.username());
        UI.getCurrent().navigate("cases/" + caseId);
        var panel = $(GiveAgainSection.Panel.class).single();
        panel.exercises.setValue(Set.copyOf(panel.exercises.getListDataView().getItems().toList()));
        test(panel.give).click();

        Dialog dialog = $(Dialog.class).id("not-ready-dialog");
        assertThat(dialog.getElement().getTextRecursively()).contains("Collaborative Stance Practice", "Hope Questions");
        assertThat(caseHomework()).hasSize(6); // only the sent ones
        test($(Button.class).id("not-ready-others")).click();
        assertThat(caseHomework()).hasSize(8).filteredOn(a -> a.status() == app.tether.homework.AssignmentStatus.OPEN)
                .allSatisfy(a -> assertThat(a.title()).isEqualTo("ex.narrative-listening.title"));
    }

    @Test
    void giving_again_confirmed_gives_the_talking_exercises_too_and_the_service_refuses_without() {
        doneInStageOneThenBack();
        long stance = catalog.byCode(FrameworkExercises.COLLABORATIVE_STANCE).id();
        assertThatThrownBy(() -> users.run(therapist.username(),
                () -> homework.giveAgain(caseId, List.of(stance), AssignRequest.Duplicates.ASK, false)))
                .isInstanceOfSatisfying(NotReadyToTalkException.class, n -> assertThat(n.alternatives())
                        .extracting(a -> a.title()).contains("ex.narrative-listening.title"));
        assertThat(caseHomework()).hasSize(6);

        TestUsers.signIn(userDetails, therapist.username());
        UI.getCurrent().navigate("cases/" + caseId);
        var panel = $(GiveAgainSection.Panel.class).single();
        panel.exercises.setValue(Set.copyOf(panel.exercises.getListDataView().getItems()
                .filter(d -> d.exerciseId() == stance).toList()));
        test(panel.give).click();
        assertThat($(Button.class).withId("not-ready-others").all()).isEmpty();
        test($(Button.class).id("not-ready-assign")).click();
        assertThat(caseHomework()).hasSize(8).filteredOn(a -> a.status() == app.tether.homework.AssignmentStatus.OPEN)
                .allSatisfy(a -> assertThat(a.title()).isEqualTo("ex.collaborative-stance.title"));
    }

    @Test
    void a_joint_exercise_is_given_again_as_one_and_asked_about_like_a_talking_one() {
        long hope = catalog.byCode(FrameworkExercises.HOPE_QUESTIONS).id();
        var pair = homeworkProvisioning.assignJoint(caseId, List.of(he.id(), she.id()), therapist.id(),
                catalog.byCode(FrameworkExercises.HOPE_QUESTIONS), null, LocalDate.now().minusDays(14),
                Instant.now().minusSeconds(86_400 * 18));
        homeworkProvisioning.saveJoint(pair.getFirst(), he.id(), new Answers(Map.of("tonight", List.of("Tea"))),
                Instant.now().minusSeconds(86_400 * 17));
        homeworkProvisioning.sendJoint(pair.getFirst(), Instant.now().minusSeconds(86_400 * 16));
        homeworkProvisioning.review(pair.getFirst(), null, Instant.now().minusSeconds(86_400 * 15)); // both copies
        caseProvisioning.recordStageChange(caseId, 2, "Resources", LocalDate.now().minusDays(12));
        caseProvisioning.recordStageChange(caseId, 1, "Back to listening", LocalDate.now().minusDays(2));

        assertThat(users.as(therapist.username(), () -> homework.doneInCurrentStage(caseId)))
                .singleElement().satisfies(d -> assertThat(d.joint()).isTrue());
        assertThatThrownBy(() -> users.run(therapist.username(),
                () -> homework.giveAgain(caseId, List.of(hope), AssignRequest.Duplicates.ASK, false)))
                .isInstanceOf(NotReadyToTalkException.class);
        var given = users.as(therapist.username(),
                () -> homework.giveAgain(caseId, List.of(hope), AssignRequest.Duplicates.ASK, true));
        assertThat(given).hasSize(2).allSatisfy(a -> assertThat(a.joint()).isTrue());
        assertThat(given.getFirst().jointKey()).isEqualTo(given.getLast().jointKey());
    }
}
