package app.tether.homework;

import static app.tether.programme.FrameworkExercises.ACTION_MENU;
import static app.tether.programme.FrameworkExercises.COLLABORATIVE_STANCE;
import static app.tether.programme.FrameworkExercises.COMMITMENT_EXPERIMENT;
import static app.tether.programme.FrameworkExercises.HOPE_QUESTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Lens;
import app.tether.programme.ExerciseDraft;
import app.tether.programme.ExerciseLibraryService;
import app.tether.programme.FieldKind;
import app.tether.programme.FrameworkCatalog;
import app.tether.security.AccountProvisioning;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class HomeworkLifecycleTest {

    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired ExerciseLibraryService library;
    @Autowired FrameworkCatalog catalog;
    @Autowired CaseloadService caseload;
    @Autowired app.tether.home.HomeService home;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    TestData data;
    Person therapist;
    Person client;
    long caseId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        client = data.client("Han Xue");
        caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 2, client);
    }

    private AssignmentSummary assign(String code, Person... who) {
        long id = catalog.byCode(code).id();
        List<Long> clients = java.util.Arrays.stream(who).map(Person::id).toList();
        return users.as(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(id), clients, null, "Just a small step"))).getFirst();
    }

    private static Answers hope(String text) {
        return new Answers(Map.of("tonight", List.of(text)));
    }

    @Test
    void assign_draft_submit_revise_review_and_comment() {
        AssignmentSummary a = assign(HOPE_QUESTIONS, client);
        assertThat(a.status()).isEqualTo(AssignmentStatus.OPEN);
        assertThat(a.dueOn()).isEqualTo(LocalDate.now().plusDays(4)); // stage 1 ends on day 7; today is day 3

        var saved = users.as(client.username(), () -> mine.saveDraft(a.id(), hope("We would have"), -1L));
        var opened = users.as(client.username(), () -> mine.open(a.id()));
        assertThat(opened.draft().first("tonight")).isEqualTo("We would have");
        assertThat(opened.note()).isEqualTo("Just a small step");
        assertThat(opened.draftVersion()).isEqualTo(saved.draftVersion());

        var sent = users.as(client.username(), () -> mine.submit(a.id(), hope("We would have dinner"), opened.summary().version()));
        assertThat(sent.summary().status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(sent.submissions()).hasSize(1);

        var revised = users.as(client.username(), () -> mine.submit(a.id(), hope("We would have dinner, no phones"),
                sent.summary().version()));
        assertThat(revised.submissions()).extracting(SubmissionRecord::number).containsExactly(2, 1);
        assertThat(revised.submissions().getLast().answers().first("tonight")).isEqualTo("We would have dinner");

        var forTherapist = users.as(therapist.username(), () -> homework.submission(a.id()));
        assertThat(forTherapist.submissions()).hasSize(2);
        assertThat(forTherapist.draft().values()).isEmpty();
        users.run(therapist.username(), () -> homework.markReviewed(a.id(), "Lovely and concrete.",
                forTherapist.summary().version()));

        var after = users.as(client.username(), () -> mine.open(a.id()));
        assertThat(after.summary().status()).isEqualTo(AssignmentStatus.REVIEWED);
        assertThat(after.reviewComment()).isEqualTo("Lovely and concrete.");
        assertThatThrownBy(() -> users.run(client.username(), () -> mine.submit(a.id(), hope("more"),
                after.summary().version()))).isInstanceOf(ValidationProblem.class);
        assertThat(users.as(client.username(), () -> mine.myHomework()).done()).extracting(AssignmentSummary::id)
                .contains(a.id());
    }

    @Test
    void a_double_clicked_submit_creates_one_submission() {
        AssignmentSummary a = assign(HOPE_QUESTIONS, client);
        long version = users.as(client.username(), () -> mine.open(a.id())).summary().version();
        users.run(client.username(), () -> mine.submit(a.id(), hope("first click"), version));
        assertThatThrownBy(() -> users.run(client.username(), () -> mine.submit(a.id(), hope("second click"), version)))
                .isInstanceOf(StaleDataException.class);
        assertThat(users.as(client.username(), () -> mine.open(a.id())).submissions()).hasSize(1);
    }

    @Test
    void two_tabs_saving_the_same_draft_end_in_a_conflict_then_an_explicit_choice() {
        AssignmentSummary a = assign(HOPE_QUESTIONS, client);
        var tab1 = users.as(client.username(), () -> mine.saveDraft(a.id(), hope("tab one"), -1L));
        users.run(client.username(), () -> mine.saveDraft(a.id(), hope("tab one, more"), tab1.draftVersion()));
        assertThatThrownBy(() -> users.run(client.username(), () -> mine.saveDraft(a.id(), hope("tab two"),
                tab1.draftVersion()))).isInstanceOf(StaleDataException.class);
        assertThat(users.as(client.username(), () -> mine.open(a.id())).draft().first("tonight")).isEqualTo("tab one, more");
        users.run(client.username(), () -> mine.saveDraft(a.id(), hope("tab two"), null));
        assertThat(users.as(client.username(), () -> mine.open(a.id())).draft().first("tonight")).isEqualTo("tab two");
    }

    @Test
    void submitting_checks_every_prompt_and_keeps_the_draft() {
        AssignmentSummary a = assign(ACTION_MENU, client);
        var seven = new Answers(Map.of("actions", IntStream.range(0, 7).mapToObj(i -> "action " + i).toList()));
        users.run(client.username(), () -> mine.saveDraft(a.id(), seven, -1L));
        long v = users.as(client.username(), () -> mine.open(a.id())).summary().version();
        assertThatThrownBy(() -> users.run(client.username(), () -> mine.submit(a.id(), seven, v)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors().getFirst().args())
                        .containsExactly(10, 7));
        assertThat(users.as(client.username(), () -> mine.open(a.id())).draft().of("actions")).hasSize(7);
    }

    @Test
    void value_ranking_focus_is_picked_from_the_values_ranked_in_the_same_answer() {
        AssignmentSummary ranking = assign(app.tether.programme.FrameworkExercises.VALUE_RANKING, client);
        var values = List.of("Honesty", "Warmth", "Safety", "Fun", "Respect");
        long draftVersion = users.as(client.username(), () -> mine.saveDraft(ranking.id(),
                new Answers(Map.of("values", values)), -1L)).draftVersion();
        // The choices follow the list as the draft stands: nothing sent elsewhere is needed.
        var detail = users.as(client.username(), () -> mine.open(ranking.id()));
        assertThat(detail.pickOptions().get("focus")).isEqualTo(values);
        assertThat(draftVersion).isNotNegative();

        var invented = new Answers(Map.of("values", values, "focus", List.of("Patience"), "why", List.of("x"),
                "act", List.of("y")));
        assertThatThrownBy(() -> users.run(client.username(), () -> mine.submit(ranking.id(), invented,
                detail.summary().version())))
                .isInstanceOfSatisfying(ValidationProblem.class,
                        p -> assertThat(p.errors()).extracting(ValidationProblem.FieldError::field).containsExactly("focus"));
        var two = new Answers(Map.of("values", values, "focus", List.of("Warmth", "Fun"), "why", List.of("x"),
                "act", List.of("y")));
        assertThatThrownBy(() -> users.run(client.username(), () -> mine.submit(ranking.id(), two,
                detail.summary().version())))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors().getFirst().messageKey())
                        .isEqualTo("validation.answer.pickAtMost"));
        var good = new Answers(Map.of("values", values, "focus", List.of("Warmth"), "why", List.of("We miss it most"),
                "act", List.of("Tea for two every evening")));
        var sent = users.as(client.username(), () -> mine.submit(ranking.id(), good, detail.summary().version()));
        assertThat(sent.submissions().getLast().answers().first("focus")).isEqualTo("Warmth");
    }

    @Test
    void commitment_picks_from_the_clients_own_action_menu() {
        AssignmentSummary menu = assign(ACTION_MENU, client);
        var actions = IntStream.range(0, 10).mapToObj(i -> "small act " + i).toList();
        long v = users.as(client.username(), () -> mine.open(menu.id())).summary().version();
        users.run(client.username(), () -> mine.submit(menu.id(), new Answers(Map.of("actions", actions)), v));
        AssignmentSummary commit = assign(COMMITMENT_EXPERIMENT, client);
        var detail = users.as(client.username(), () -> mine.open(commit.id()));
        assertThat(detail.pickOptions().get("chosen")).isEqualTo(actions);
        var answers = new Answers(Map.of("chosen", List.of("small act 3"), "try1", List.of("after dinner, twice"),
                "learn1", List.of("whether it brings us closer"), "knowLearned1", List.of("I notice how we both react")));
        users.run(client.username(), () -> mine.submit(commit.id(), answers, detail.summary().version()));
        var invented = new Answers(Map.of("chosen", List.of("something else"), "try1", List.of("x"), "learn1",
                List.of("y"), "knowLearned1", List.of("z")));
        long v2 = users.as(client.username(), () -> mine.open(commit.id())).summary().version();
        assertThatThrownBy(() -> users.run(client.username(), () -> mine.submit(commit.id(), invented, v2)))
                .isInstanceOfSatisfying(ValidationProblem.class,
                        p -> assertThat(p.errors().getFirst().messageKey()).isEqualTo("validation.answer.pickUnknown"));
    }

    @Test
    void a_partner_exercise_goes_to_both_partners_and_each_sees_it_is_shared() {
        Person partner = data.client("Qin Lu");
        long couple = data.enrolledCase(therapist, Lens.CONNECTION, 1, client, partner);
        long stance = catalog.byCode(COLLABORATIVE_STANCE).id();
        assertThatThrownBy(() -> users.run(therapist.username(), () -> homework.assign(
                new AssignRequest(couple, List.of(stance), List.of(client.id()), null, null))))
                .isInstanceOf(ValidationProblem.class);
        var created = users.as(therapist.username(), () -> homework.assign(
                new AssignRequest(couple, List.of(stance), List.of(client.id(), partner.id()), null, null)));
        assertThat(created).hasSize(2);
        var forClient = users.as(client.username(), () -> mine.myHomework()).dueSoon();
        assertThat(forClient).filteredOn(a -> a.caseId() == couple).singleElement()
                .extracting(AssignmentSummary::partnerName).isEqualTo("Qin Lu");
        var forPartner = users.as(partner.username(), () -> mine.myHomework()).dueSoon();
        assertThat(forPartner).filteredOn(a -> a.caseId() == couple).singleElement()
                .extracting(AssignmentSummary::partnerName).isEqualTo("Han Xue");
    }

    @Test
    void editing_an_exercise_never_changes_homework_already_assigned() {
        var draft = new ExerciseDraft("Gratitude note", 2, "Write one thank-you.", false,
                List.of(new ExerciseDraft.FieldDraft("Who I thank", FieldKind.TEXT, null, null, null, true)));
        var own = users.as(therapist.username(), () -> library.create(draft));
        var given = users.as(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(own.id()), List.of(client.id()), null, null))).getFirst();
        var changed = new ExerciseDraft("Gratitude letter", 3, "Write a whole letter.", false,
                List.of(new ExerciseDraft.FieldDraft("The letter", FieldKind.TEXT, null, null, null, true)));
        users.run(therapist.username(), () -> library.update(own.id(), changed, own.version()));
        var detail = users.as(client.username(), () -> mine.open(given.id()));
        assertThat(detail.summary().title()).isEqualTo("Gratitude note");
        assertThat(detail.instructions()).isEqualTo("Write one thank-you.");
        assertThat(detail.fields()).singleElement().satisfies(f -> assertThat(f.label()).isEqualTo("Who I thank"));
        assertThat(users.as(therapist.username(), () -> library.exercise(own.id())).title()).isEqualTo("Gratitude letter");
    }

    @Test
    void the_home_screen_counts_awaiting_review_and_not_open_work_that_is_not_overdue() {
        AssignmentSummary open = assign(HOPE_QUESTIONS, client);
        AssignmentSummary toReview = assign(ACTION_MENU, client);
        var actions = IntStream.range(0, 10).mapToObj(i -> "act " + i).toList();
        long v = users.as(client.username(), () -> mine.open(toReview.id())).summary().version();
        users.run(client.username(), () -> mine.submit(toReview.id(), new Answers(Map.of("actions", actions)), v));
        var card = users.as(therapist.username(), () -> home.load()).cases().stream()
                .filter(c -> c.caseId() == caseId).findFirst().orElseThrow();
        assertThat(card.waitingReview()).isEqualTo(1);
        assertThat(card.overdueHomework()).isZero();
        assertThat(open.id()).isPositive();
    }

    @Test
    void the_next_stage_set_is_suggested_when_this_stage_is_done() {
        assertThat(users.as(therapist.username(), () -> homework.caseHomework(caseId)).suggestedStage()).isEqualTo(1);
        var set = users.as(therapist.username(), () -> library.stageSet(1));
        var given = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId,
                set.stream().map(e -> e.id()).toList(), List.of(client.id()), null, null)));
        assertThat(given).hasSize(3);
        assertThat(users.as(therapist.username(), () -> homework.caseHomework(caseId)).suggestedStage()).isNull();
        for (var a : given) {
            var d = users.as(client.username(), () -> mine.open(a.id()));
            Map<String, List<String>> all = new java.util.HashMap<>();
            d.fields().forEach(f -> all.put(f.key(), List.of("An answer")));
            users.run(client.username(), () -> mine.submit(a.id(), new Answers(all), d.summary().version()));
        }
        assertThat(users.as(therapist.username(), () -> homework.caseHomework(caseId)).suggestedStage()).isEqualTo(2);
    }

    @Test
    void assigning_refuses_a_past_due_date_and_no_one_to_do_it() {
        long id = catalog.byCode(HOPE_QUESTIONS).id();
        assertThatThrownBy(() -> users.run(therapist.username(), () -> homework.assign(new AssignRequest(caseId,
                List.of(id), List.of(), LocalDate.now().minusDays(1), "x".repeat(HomeworkService.NOTE_MAX + 1)))))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors())
                        .extracting(ValidationProblem.FieldError::field).containsExactlyInAnyOrder("clients", "dueOn", "note"));
    }

    @Test
    void due_dates_change_and_cancelled_homework_disappears_for_the_client() {
        AssignmentSummary a = assign(HOPE_QUESTIONS, client);
        var moved = users.as(therapist.username(), () -> homework.changeDueDate(a.id(), LocalDate.now().plusDays(10),
                a.version()));
        assertThat(moved.dueOn()).isEqualTo(LocalDate.now().plusDays(10));
        users.run(therapist.username(), () -> homework.cancel(a.id(), moved.version()));
        assertThat(users.as(client.username(), () -> mine.myHomework()).dueSoon()).extracting(AssignmentSummary::id)
                .doesNotContain(a.id());
    }
}
