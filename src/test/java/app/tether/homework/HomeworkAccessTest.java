package app.tether.homework;

import static app.tether.programme.FrameworkExercises.HOPE_QUESTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.programme.ExerciseDraft;
import app.tether.programme.ExerciseLibraryService;
import app.tether.programme.FieldKind;
import app.tether.programme.FrameworkCatalog;
import app.tether.security.AccountProvisioning;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Every homework method that takes a case or assignment id, tried by each kind of wrong user. */
@IntegrationTest
class HomeworkAccessTest {

    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired ExerciseLibraryService library;
    @Autowired FrameworkCatalog catalog;
    @Autowired app.tether.caseload.CaseloadService caseload;
    @Autowired app.tether.home.HomeService home;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    Person therapist;
    Person otherTherapist;
    Person client;
    Person partner;
    Person stranger;
    long caseId;
    long assignmentId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        otherTherapist = data.therapist();
        client = data.client("Du Fei");
        partner = data.client("Lin Ke");
        stranger = data.client("Jiang Yu");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 5, client, partner);
        data.enrolledCase(otherTherapist, Lens.NARRATIVE, 5, stranger);
        assignmentId = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId,
                List.of(catalog.byCode(HOPE_QUESTIONS).id()), List.of(client.id()), null, null))).getFirst().id();
        users.run(client.username(), () -> mine.submit(assignmentId,
                new Answers(Map.of("tonight", List.of("We would talk"))), mine.open(assignmentId).summary().version()));
    }

    private Map<String, Runnable> therapistCalls() {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        long hope = catalog.byCode(HOPE_QUESTIONS).id();
        calls.put("caseHomework", () -> homework.caseHomework(caseId));
        calls.put("defaultDueDate", () -> homework.defaultDueDate(caseId, 1));
        calls.put("assign", () -> homework.assign(new AssignRequest(caseId, List.of(hope), List.of(client.id()), null, null)));
        calls.put("changeDueDate", () -> homework.changeDueDate(assignmentId, LocalDate.now().plusDays(3), 0));
        calls.put("cancel", () -> homework.cancel(assignmentId, 0));
        calls.put("submission", () -> homework.submission(assignmentId));
        calls.put("markReviewed", () -> homework.markReviewed(assignmentId, "x", 0));
        calls.put("reviewNotes", () -> homework.reviewNotes(caseId, java.time.Instant.now()));
        return calls;
    }

    private Map<String, Runnable> clientCalls() {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        Answers answers = new Answers(Map.of("tonight", List.of("not mine")));
        calls.put("open", () -> mine.open(assignmentId));
        calls.put("saveDraft", () -> mine.saveDraft(assignmentId, answers, null));
        calls.put("submit", () -> mine.submit(assignmentId, answers, 0));
        return calls;
    }

    @Test
    void another_therapist_cannot_touch_the_case_homework() {
        therapistCalls().forEach((name, call) -> assertThatThrownBy(() -> users.run(otherTherapist.username(), call))
                .as(name).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void clients_and_admins_cannot_use_therapist_methods() {
        for (String who : new String[] {client.username(), "admin"}) {
            therapistCalls().forEach((name, call) -> assertThatThrownBy(() -> users.run(who, call))
                    .as(who + " " + name).isInstanceOf(AccessDeniedException.class));
        }
    }

    @Test
    void only_the_assigned_client_opens_and_answers_it_not_the_partner_or_others() {
        for (String who : new String[] {partner.username(), stranger.username()}) {
            clientCalls().forEach((name, call) -> assertThatThrownBy(() -> users.run(who, call))
                    .as(who + " " + name).isInstanceOf(AccessDeniedException.class));
        }
        for (String who : new String[] {therapist.username(), "admin"}) {
            clientCalls().forEach((name, call) -> assertThatThrownBy(() -> users.run(who, call))
                    .as(who + " " + name).isInstanceOf(AccessDeniedException.class));
        }
        assertThat(users.as(partner.username(), () -> mine.myHomework()).done()).isEmpty();
    }

    @Test
    void review_notes_for_the_summary_name_the_therapist_and_leave_out_later_comments() {
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        long version = users.as(therapist.username(), () -> homework.submission(assignmentId)).summary().version();
        users.run(therapist.username(), () -> homework.markReviewed(assignmentId, "Well noticed.", version));
        List<ReviewNote> notes = users.as(therapist.username(),
                () -> homework.reviewNotes(caseId, java.time.Instant.now().plusSeconds(1)));
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.assignmentId()).isEqualTo(assignmentId);
            assertThat(n.text()).isEqualTo("Well noticed.");
            assertThat(n.authorName()).isEqualTo(therapist.displayName());
        });
        assertThat(users.as(therapist.username(), () -> homework.reviewNotes(caseId, before))).isEmpty();
    }

    @Test
    void a_therapist_cannot_assign_to_someone_outside_the_case() {
        long hope = catalog.byCode(HOPE_QUESTIONS).id();
        assertThatThrownBy(() -> users.run(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(hope), List.of(stranger.id()), null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void home_counts_answer_only_for_the_therapists_own_cases() {
        // The overviews receive only TreatedCases, which the caseload builds from the therapist's own cases.
        assertThat(users.as(therapist.username(), () -> home.load().cases())).filteredOn(c -> c.caseId() == caseId)
                .hasSize(1);
        assertThat(users.as(otherTherapist.username(), () -> home.load().cases()))
                .noneMatch(c -> c.caseId() == caseId);
        assertThatThrownBy(() -> users.run(client.username(), () -> home.load()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_author_edits_an_exercise_and_clients_do_not_read_the_library() {
        var draft = new ExerciseDraft("Walk", 1, "Walk together.", false,
                List.of(new ExerciseDraft.FieldDraft("Where", FieldKind.TEXT, null, null, null, true)));
        var own = users.as(therapist.username(), () -> library.create(draft));
        assertThatThrownBy(() -> users.run(otherTherapist.username(), () -> library.update(own.id(), draft, own.version())))
                .isInstanceOf(AccessDeniedException.class);
        long framework = catalog.byCode(HOPE_QUESTIONS).id();
        assertThatThrownBy(() -> users.run(therapist.username(), () -> library.update(framework, draft, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(client.username(), library::library)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.run(client.username(), () -> library.exercise(own.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(otherTherapist.username(), () -> library.exercise(own.id())).title()).isEqualTo("Walk");
    }
}
