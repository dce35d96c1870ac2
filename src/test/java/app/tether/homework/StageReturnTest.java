package app.tether.homework;

import static app.tether.programme.FrameworkExercises.COPING_LIST;
import static app.tether.programme.FrameworkExercises.MIRACLE_QUESTION;
import static app.tether.programme.FrameworkExercises.SCALE_POSITIONING;
import static app.tether.programme.FrameworkExercises.VALUE_RANKING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.CaseFacts;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Enrolment;
import app.tether.caseload.Lens;
import app.tether.caseload.Stage;
import app.tether.caseload.StageGuidance;
import app.tether.caseload.StageGuidanceService;
import app.tether.caseload.StageSign;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionProvisioning;
import app.tether.programme.FrameworkCatalog;
import app.tether.security.AccountProvisioning;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A move back to an earlier stage: the days of the return instead of the stage's usual days, the
 * signs beside the stage with the case's own evidence, and giving the stage's done exercises again.
 */
@IntegrationTest
class StageReturnTest {

    @Autowired CaseloadService caseload;
    @Autowired StageGuidanceService guidance;
    @Autowired HomeworkService homework;
    @Autowired HomeworkProvisioning homeworkProvisioning;
    @Autowired ExceptionProvisioning exceptionProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired FrameworkCatalog catalog;
    @Autowired UserDetailsService userDetails;
    @Autowired TestClock clock;
    @Autowired app.tether.home.HomeService home;

    private TestUsers users;
    private Person therapist;
    private Person lei;
    private Person ting;
    private long caseId;
    private LocalDate start;

    @BeforeEach
    void setUp() {
        clock.reset();
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        lei = data.client("Lei Test");
        ting = data.client("Ting Test");
        // Day 31 today: stages 2, 3, 4 on their usual first days, back to 3 three days ago (day 4 of the return).
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 30, lei, ting);
        start = LocalDate.now().minusDays(30);
        caseProvisioning.recordStageChange(caseId, 2, "Resources", start.plusDays(7));
        caseProvisioning.recordStageChange(caseId, 3, "Vision", start.plusDays(14));
        caseProvisioning.recordStageChange(caseId, 4, "Exceptions", start.plusDays(21));
        caseProvisioning.recordStageChange(caseId, 3, "The picture blurred after a hard week", LocalDate.now().minusDays(3));
    }

    private long done(String code, Person client, boolean reviewed) {
        long id = homeworkProvisioning.assign(caseId, client.id(), therapist.id(), catalog.byCode(code), null, null,
                start.plusDays(20), Instant.now().minusSeconds(86_400 * 10));
        homeworkProvisioning.submit(id, new Answers(Map.of()), Instant.now().minusSeconds(86_400 * 8));
        if (reviewed) {
            homeworkProvisioning.review(id, null, Instant.now().minusSeconds(86_400 * 7));
        }
        return id;
    }

    @Test
    void the_enrolment_counts_the_days_of_the_return_everywhere() {
        Enrolment e = users.as(therapist.username(), () -> caseload.caseDetails(caseId)).enrolment();
        assertThat(e.stage()).isEqualTo(Stage.VISION_CLARIFICATION);
        assertThat(e.programmeDay()).isEqualTo(31);
        assertThat(e.returned()).isTrue();
        assertThat(e.stageSince()).isEqualTo(LocalDate.now().minusDays(3));
        assertThat(e.stageDay()).isEqualTo(4);

        CaseFacts facts = users.as(therapist.username(), () -> caseload.myCaseloadFacts()).cases().stream()
                .filter(c -> c.caseId() == caseId).findFirst().orElseThrow();
        assertThat(facts.enrolment()).isEqualTo(e);
        assertThat(users.as(ting.username(), () -> caseload.myCases()).getFirst().enrolment()).isEqualTo(e);
        assertThat(users.as(therapist.username(), () -> caseload.myCaseload()).stream()
                .filter(c -> c.caseId() == caseId).findFirst().orElseThrow().enrolment()).isEqualTo(e);
    }

    @Test
    void the_home_screen_reads_the_return_from_its_caseload_statement() {
        var cases = users.as(therapist.username(), () -> home.load()).cases();
        assertThat(cases).filteredOn(c -> c.caseId() == caseId).singleElement().satisfies(c -> {
            assertThat(c.programmeDay()).isEqualTo(31L);
            assertThat(c.returnDay()).isEqualTo(4L);
        });
        users.run(therapist.username(), () -> caseload.changeStage(caseId, 4, "Forward again",
                caseload.caseDetails(caseId).version()));
        assertThat(users.as(therapist.username(), () -> home.load()).cases())
                .filteredOn(c -> c.caseId() == caseId).singleElement()
                .satisfies(c -> assertThat(c.returnDay()).isNull());
    }

    @Test
    void moving_forward_again_ends_the_return_and_a_first_stay_counts_from_its_move() {
        users.run(therapist.username(), () -> caseload.changeStage(caseId, 4, "Picture clear again",
                caseload.caseDetails(caseId).version()));
        Enrolment e = users.as(therapist.username(), () -> caseload.caseDetails(caseId)).enrolment();
        assertThat(e.returned()).isFalse();
        assertThat(e.stageDay()).isEqualTo(1);

        // A case that never moved is in stage 1 since its start.
        var data = new TestData(accountProvisioning, caseProvisioning);
        long fresh = data.enrolledCase(therapist, Lens.NARRATIVE, 5, data.client("New Client"));
        Enrolment first = users.as(therapist.username(), () -> caseload.caseDetails(fresh)).enrolment();
        assertThat(first.returned()).isFalse();
        assertThat(first.stageSince()).isEqualTo(LocalDate.now().minusDays(5));
        assertThat(first.stageDay()).isEqualTo(6);
    }

    /** The enrolment as every read of it sees it: the case page, the home, the client's and the caseload lists. */
    private Enrolment enrolmentEverywhere(long id, Person client) {
        Enrolment e = users.as(therapist.username(), () -> caseload.caseDetails(id)).enrolment();
        assertThat(users.as(therapist.username(), () -> caseload.myCaseloadFacts()).cases().stream()
                .filter(c -> c.caseId() == id).findFirst().orElseThrow().enrolment()).isEqualTo(e);
        assertThat(users.as(client.username(), () -> caseload.myCases()).stream()
                .filter(c -> c.caseId() == id).findFirst().orElseThrow().enrolment()).isEqualTo(e);
        assertThat(users.as(therapist.username(), () -> caseload.myCaseload()).stream()
                .filter(c -> c.caseId() == id).findFirst().orElseThrow().enrolment()).isEqualTo(e);
        return e;
    }

    @Test
    void a_move_corrected_the_same_day_is_no_return_anywhere() {
        // Midday, so five minutes later is still the same day.
        clock.set(LocalDate.now().atTime(12, 0).atZone(clock.getZone()).toInstant());
        var data = new TestData(accountProvisioning, caseProvisioning);
        Person client = data.client("Correction Client");
        long id = data.enrolledCase(therapist, Lens.NARRATIVE, 20, client);
        LocalDate begun = LocalDate.now().minusDays(20);
        caseProvisioning.recordStageChange(id, 2, "Resources", begun.plusDays(7));
        caseProvisioning.recordStageChange(id, 3, "Vision", begun.plusDays(14));
        // 3 → 4 by mistake, and back five minutes later.
        users.run(therapist.username(), () -> caseload.changeStage(id, 4, "Forward",
                caseload.caseDetails(id).version()));
        clock.advance(java.time.Duration.ofMinutes(5));
        users.run(therapist.username(), () -> caseload.changeStage(id, 3, "Wrong case, sorry",
                caseload.caseDetails(id).version()));
        Enrolment e = enrolmentEverywhere(id, client);
        assertThat(e.stage()).isEqualTo(Stage.VISION_CLARIFICATION);
        assertThat(e.returned()).isFalse();
        assertThat(e.secondPass()).isFalse();
        assertThat(users.as(therapist.username(), () -> home.load()).cases())
                .filteredOn(c -> c.caseId() == id).singleElement()
                .satisfies(c -> assertThat(c.returnDay()).isNull());

        // Moving on for real the next day is a first stay in stage 4, with its usual days.
        clock.advance(java.time.Duration.ofDays(1));
        users.run(therapist.username(), () -> caseload.changeStage(id, 4, "Exceptions",
                caseload.caseDetails(id).version()));
        Enrolment next = enrolmentEverywhere(id, client);
        assertThat(next.returned()).isFalse();
        assertThat(next.secondPass()).isFalse();
    }

    @Test
    void a_stage_held_overnight_and_left_backwards_is_a_return_and_forward_again_a_second_pass() {
        Enrolment back = enrolmentEverywhere(caseId, ting);
        assertThat(back.returned()).isTrue();
        assertThat(back.secondPass()).isTrue();

        users.run(therapist.username(), () -> caseload.changeStage(caseId, 4, "Picture clear again",
                caseload.caseDetails(caseId).version()));
        Enrolment forward = enrolmentEverywhere(caseId, ting);
        assertThat(forward.returned()).isFalse();
        assertThat(forward.secondPass()).isTrue();
        assertThat(forward.stageDay()).isEqualTo(1);

        // A second pass stays one, whatever same-day slips follow: 4 → 5 and straight back is no new return.
        users.run(therapist.username(), () -> caseload.changeStage(caseId, 5, "Oops",
                caseload.caseDetails(caseId).version()));
        users.run(therapist.username(), () -> caseload.changeStage(caseId, 4, "Not yet",
                caseload.caseDetails(caseId).version()));
        Enrolment slipped = enrolmentEverywhere(caseId, ting);
        assertThat(slipped.returned()).isFalse();
        assertThat(slipped.secondPass()).isTrue();
    }

    @Test
    void a_case_that_only_ever_moved_forward_is_on_its_first_pass() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        Person client = data.client("Forward Client");
        long id = data.enrolledCase(therapist, Lens.NARRATIVE, 20, client);
        LocalDate begun = LocalDate.now().minusDays(20);
        caseProvisioning.recordStageChange(id, 2, "Resources", begun.plusDays(7));
        // Two moves on one day (straight through stage 3) are no return either.
        caseProvisioning.recordStageChange(id, 3, "Vision", begun.plusDays(14));
        caseProvisioning.recordStageChange(id, 4, "Already there", begun.plusDays(14));
        Enrolment e = enrolmentEverywhere(id, client);
        assertThat(e.returned()).isFalse();
        assertThat(e.secondPass()).isFalse();
        assertThat(e.stageSince()).isEqualTo(begun.plusDays(14));
    }

    @Test
    void the_guidance_lists_the_stage_signs_with_the_cases_own_evidence() {
        done(MIRACLE_QUESTION, lei, true);
        done(SCALE_POSITIONING, lei, true);
        done(SCALE_POSITIONING, ting, false);
        StageGuidance g = users.as(therapist.username(), () -> guidance.guidance(caseId));
        assertThat(g.stage()).isEqualTo(Stage.VISION_CLARIFICATION);
        assertThat(g.signs()).extracting(StageGuidance.Sign::sign)
                .containsExactly(StageSign.FUTURE_DESCRIBED, StageSign.ON_THE_SCALE);
        assertThat(g.signs().get(0).evidence()).containsExactly("Miracle Question: sent by Lei Test, not yet by Ting Test");
        assertThat(g.signs().get(1).evidence()).containsExactly("Scale Positioning: sent by Lei Test and Ting Test");
    }

    @Test
    void the_log_speaks_to_the_signs_of_stage_two() {
        users.run(therapist.username(), () -> caseload.changeStage(caseId, 2, "Back to resources",
                caseload.caseDetails(caseId).version()));
        exceptionProvisioning.log(caseId, lei.id(), new EntryInput(LocalDateTime.now().minusDays(2), "Walk together",
                "I waited", null, null, null, List.of(), false), false);
        exceptionProvisioning.log(caseId, ting.id(), new EntryInput(LocalDateTime.now().minusDays(20), "Tea",
                "She smiled", null, null, null, List.of(), true), false);
        StageGuidance g = users.as(therapist.username(), () -> guidance.guidance(caseId));
        assertThat(g.signs()).filteredOn(s -> s.sign() == StageSign.LOG_RUNNING).singleElement()
                .satisfies(s -> assertThat(s.evidence()).containsExactly("2 moments logged, 1 of them in the past 7 days"));
    }

    @Test
    void giving_the_stage_again_assigns_the_chosen_done_exercises_to_those_who_did_them() {
        long leiMiracle = done(MIRACLE_QUESTION, lei, true);
        done(MIRACLE_QUESTION, ting, true);
        done(SCALE_POSITIONING, ting, true);
        done(COPING_LIST, lei, true); // stage 2: not offered at stage 3
        List<DoneExercise> offered = users.as(therapist.username(), () -> homework.doneInCurrentStage(caseId));
        assertThat(offered).extracting(DoneExercise::title)
                .containsExactlyInAnyOrder("ex.miracle-question.title", "ex.scale-positioning.title");
        long miracle = catalog.byCode(MIRACLE_QUESTION).id();
        long scale = catalog.byCode(SCALE_POSITIONING).id();

        List<AssignmentSummary> created = users.as(therapist.username(),
                () -> homework.giveAgain(caseId, List.of(miracle, scale), AssignRequest.Duplicates.ASK, false));
        assertThat(created).extracting(AssignmentSummary::clientName, AssignmentSummary::title)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Lei Test", "ex.miracle-question.title"),
                        org.assertj.core.groups.Tuple.tuple("Ting Test", "ex.miracle-question.title"),
                        org.assertj.core.groups.Tuple.tuple("Ting Test", "ex.scale-positioning.title"));
        // The stage's usual last day is long past: the default due date is a week from today.
        assertThat(created).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(AssignmentStatus.OPEN);
            assertThat(a.dueOn()).isEqualTo(LocalDate.now().plusDays(7));
        });
        // The earlier answers stay as they were.
        assertThat(users.as(therapist.username(), () -> homework.caseHomework(caseId)).assignments())
                .filteredOn(a -> a.id() == leiMiracle).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(AssignmentStatus.REVIEWED));
    }

    @Test
    void work_still_waiting_for_review_is_asked_about_before_it_is_given_again() {
        done(VALUE_RANKING, lei, false);
        long values = catalog.byCode(VALUE_RANKING).id();
        assertThatThrownBy(() -> users.run(therapist.username(),
                () -> homework.giveAgain(caseId, List.of(values), AssignRequest.Duplicates.ASK, false)))
                .isInstanceOfSatisfying(DuplicateAssignmentException.class,
                        d -> assertThat(d.duplicates()).singleElement()
                                .satisfies(o -> assertThat(o.status()).isEqualTo(AssignmentStatus.SUBMITTED)));
        assertThat(users.as(therapist.username(),
                () -> homework.giveAgain(caseId, List.of(values), AssignRequest.Duplicates.SKIP, false))).isEmpty();
        assertThat(users.as(therapist.username(),
                () -> homework.giveAgain(caseId, List.of(values), AssignRequest.Duplicates.ASSIGN_AGAIN, false))).hasSize(1);
    }

    @Test
    void only_done_exercises_of_the_current_stage_can_be_given_again() {
        done(COPING_LIST, lei, true);
        long coping = catalog.byCode(COPING_LIST).id();
        assertThatThrownBy(() -> users.run(therapist.username(),
                () -> homework.giveAgain(caseId, List.of(coping), null, false)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors().getFirst().messageKey())
                        .isEqualTo("validation.giveAgain.notDone"));
        assertThatThrownBy(() -> users.run(therapist.username(), () -> homework.giveAgain(caseId, List.of(), null, false)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors().getFirst().messageKey())
                        .isEqualTo("validation.giveAgain.exerciseRequired"));
    }

    @Test
    void another_therapist_can_neither_read_the_offer_nor_give_anything_again() {
        done(MIRACLE_QUESTION, lei, true);
        long miracle = catalog.byCode(MIRACLE_QUESTION).id();
        Person other = new TestData(accountProvisioning, caseProvisioning).therapist();
        assertThatThrownBy(() -> users.run(other.username(),
                () -> homework.giveAgain(caseId, List.of(miracle), AssignRequest.Duplicates.ASSIGN_AGAIN, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(other.username(), () -> homework.doneInCurrentStage(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(other.username(), () -> guidance.guidance(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(lei.username(), () -> homework.doneInCurrentStage(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        CaseDetails unchanged = users.as(therapist.username(), () -> caseload.caseDetails(caseId));
        assertThat(users.as(therapist.username(), () -> homework.caseHomework(caseId)).assignments())
                .hasSize(1);
        assertThat(unchanged.enrolment().returned()).isTrue();
    }
}
