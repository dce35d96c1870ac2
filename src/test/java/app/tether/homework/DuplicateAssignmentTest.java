package app.tether.homework;

import static app.tether.programme.FrameworkExercises.COPING_LIST;
import static app.tether.programme.FrameworkExercises.HOPE_QUESTIONS;
import static app.tether.programme.FrameworkExercises.NARRATIVE_LISTENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.programme.ExerciseLibraryService;
import app.tether.programme.FrameworkCatalog;
import app.tether.security.AccountProvisioning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Assigning what a client already has open asks first; the request's choice decides. */
@IntegrationTest
class DuplicateAssignmentTest {

    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired FrameworkCatalog catalog;
    @Autowired ExerciseLibraryService library;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    Person therapist;
    Person zhou;
    Person zhao;
    long caseId;
    long hope;
    long coping;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        zhou = data.client("Zhou Ting");
        zhao = data.client("Zhao Lei");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 2, zhou, zhao);
        hope = catalog.byCode(HOPE_QUESTIONS).id();
        coping = catalog.byCode(COPING_LIST).id();
    }

    private List<AssignmentSummary> assign(AssignRequest request) {
        return users.as(therapist.username(), () -> homework.assign(request));
    }

    private List<AssignmentSummary> caseHomework() {
        return users.as(therapist.username(), () -> homework.caseHomework(caseId)).assignments();
    }

    @Test
    void assigning_an_exercise_the_person_has_open_asks_first_and_creates_nothing() {
        assign(new AssignRequest(caseId, List.of(hope), List.of(zhou.id()), null, null));

        var asked = catchThrowableOfType(DuplicateAssignmentException.class,
                () -> assign(new AssignRequest(caseId, List.of(hope, coping), List.of(zhou.id(), zhao.id()), null, null)));

        assertThat(asked.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("ex.hope-questions.title");
            assertThat(d.clientName()).isEqualTo("Zhou Ting");
            assertThat(d.clientId()).isEqualTo(zhou.id());
            assertThat(d.status()).isEqualTo(AssignmentStatus.OPEN);
        });
        assertThat(asked.errors()).extracting(e -> e.messageKey()).containsExactly("validation.assign.duplicate");
        assertThat(caseHomework()).hasSize(1);
    }

    @Test
    void skipping_assigns_only_what_is_not_open_yet() {
        assign(new AssignRequest(caseId, List.of(hope), List.of(zhou.id()), null, null));

        var created = assign(new AssignRequest(caseId, List.of(hope, coping), List.of(zhou.id(), zhao.id()), null, null)
                .with(AssignRequest.Duplicates.SKIP));

        assertThat(created).extracting(AssignmentSummary::title, AssignmentSummary::clientName).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("ex.hope-questions.title", "Zhao Lei"),
                org.assertj.core.groups.Tuple.tuple("ex.coping-list.title", "Zhou Ting"),
                org.assertj.core.groups.Tuple.tuple("ex.coping-list.title", "Zhao Lei"));
        assertThat(caseHomework()).filteredOn(a -> a.clientId() == zhou.id() && a.title().equals("ex.hope-questions.title"))
                .hasSize(1);
    }

    @Test
    void confirming_assigns_it_again() {
        assign(new AssignRequest(caseId, List.of(hope), List.of(zhou.id()), null, null));

        var created = assign(new AssignRequest(caseId, List.of(hope), List.of(zhou.id()), null, null)
                .with(AssignRequest.Duplicates.ASSIGN_AGAIN));

        assertThat(created).hasSize(1);
        assertThat(caseHomework()).filteredOn(a -> a.title().equals("ex.hope-questions.title")).hasSize(2);
    }

    @Test
    void a_stage_set_assigned_twice_asks_about_each_exercise_and_person() {
        List<Long> set = users.as(therapist.username(), () -> library.stageSet(1)).stream().map(e -> e.id()).toList();
        var first = assign(new AssignRequest(caseId, set, List.of(zhou.id(), zhao.id()), null, null));

        var asked = catchThrowableOfType(DuplicateAssignmentException.class,
                () -> assign(new AssignRequest(caseId, set, List.of(zhou.id(), zhao.id()), null, null)));

        assertThat(asked.duplicates()).hasSize(first.size());
        assertThat(asked.duplicates()).anySatisfy(d -> assertThat(d.title()).isEqualTo("ex.narrative-listening.title"));
        var skipped = assign(new AssignRequest(caseId, set, List.of(zhou.id(), zhao.id()), null, null)
                .with(AssignRequest.Duplicates.SKIP));
        assertThat(skipped).isEmpty();
        assertThat(caseHomework()).hasSize(first.size());
    }

    @Test
    void sent_but_not_reviewed_is_still_open_while_reviewed_and_cancelled_work_can_be_given_again() {
        long sent = assign(new AssignRequest(caseId, List.of(hope), List.of(zhou.id()), null, null)).getFirst().id();
        users.run(zhou.username(), () -> mine.submit(sent, new Answers(Map.of("tonight", List.of("Tea together"))),
                mine.open(sent).summary().version()));

        var asked = catchThrowableOfType(DuplicateAssignmentException.class,
                () -> assign(new AssignRequest(caseId, List.of(hope), List.of(zhou.id()), null, null)));
        assertThat(asked.duplicates()).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(AssignmentStatus.SUBMITTED));

        users.run(therapist.username(), () -> homework.markReviewed(sent, null,
                homework.submission(sent).summary().version()));
        long cancelled = assign(new AssignRequest(caseId, List.of(coping), List.of(zhou.id()), null, null)).getFirst().id();
        users.run(therapist.username(), () -> homework.cancel(cancelled,
                homework.caseHomework(caseId).assignments().stream().filter(a -> a.id() == cancelled)
                        .findFirst().orElseThrow().version()));

        assertThat(assign(new AssignRequest(caseId, List.of(hope, coping), List.of(zhou.id()), null, null))).hasSize(2);
    }

    @Test
    void the_same_exercise_open_in_another_case_is_not_a_duplicate_here() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        long individual = data.enrolledCase(therapist, Lens.NARRATIVE, 2, zhou);
        assign(new AssignRequest(individual, List.of(hope), List.of(zhou.id()), null, null));

        assertThat(assign(new AssignRequest(caseId, List.of(hope), List.of(zhou.id()), null, null))).hasSize(1);
    }

    @Test
    void a_partner_exercise_open_for_either_partner_is_asked_about_and_skipping_skips_the_pair() {
        long listening = catalog.byCode(app.tether.programme.FrameworkExercises.COLLABORATIVE_STANCE).id();
        var pair = assign(new AssignRequest(caseId, List.of(listening), List.of(zhou.id(), zhao.id()), null, null));
        var zhaosCopy = pair.stream().filter(a -> a.clientId() == zhao.id()).findFirst().orElseThrow();
        users.as(therapist.username(), () -> homework.cancel(zhaosCopy.id(), zhaosCopy.version()));

        var request = new AssignRequest(caseId, List.of(listening, hope), List.of(zhou.id(), zhao.id()), null, null);
        var asked = catchThrowableOfType(DuplicateAssignmentException.class, () -> assign(request));
        assertThat(asked.duplicates()).extracting(OpenDuplicate::clientName).containsExactly("Zhou Ting");

        var created = assign(request.with(AssignRequest.Duplicates.SKIP));

        // No lone copy for Zhao Lei: the exercise is done as a pair and Zhou Ting's half is still open.
        assertThat(created).extracting(AssignmentSummary::title).containsOnly("ex.hope-questions.title");
        assertThat(created).hasSize(2);
    }
}
