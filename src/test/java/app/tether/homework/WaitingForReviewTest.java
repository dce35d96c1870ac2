package app.tether.homework;

import static app.tether.programme.FrameworkExercises.COPING_LIST;
import static app.tether.programme.FrameworkExercises.HOPE_QUESTIONS;
import static app.tether.programme.FrameworkExercises.STRENGTH_EXPLORATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.programme.FrameworkCatalog;
import app.tether.security.AccountProvisioning;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The therapist's list of sent homework waiting for review, across their own cases only. */
@IntegrationTest
class WaitingForReviewTest {

    @Autowired HomeworkService homework;
    @Autowired HomeworkProvisioning provisioning;
    @Autowired FrameworkCatalog catalog;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired app.tether.caseload.CaseloadService caseload;

    TestUsers users;
    TestData data;
    Person therapist;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
    }

    /** Sent {@code daysAgo} days ago, through the demo's back-dating door. */
    private long sent(Person by, long caseId, Person client, String code, int daysAgo) {
        Instant at = Instant.now().minus(daysAgo, ChronoUnit.DAYS);
        long id = provisioning.assign(caseId, client.id(), by.id(), catalog.byCode(code), null, null, null,
                at.minus(1, ChronoUnit.DAYS));
        provisioning.submit(id, new Answers(Map.of("tonight", List.of("Sent"))), at);
        return id;
    }

    @Test
    void sent_work_from_every_own_case_is_listed_the_longest_waiting_first() {
        Person mei = data.client("Mei Lin");
        Person ana = data.client("Ana Ruiz");
        Person ben = data.client("Ben Ruiz");
        long individual = data.enrolledCase(therapist, Lens.NARRATIVE, 20, mei);
        long couple = data.enrolledCase(therapist, Lens.CONNECTION, 20, ana, ben);
        long recent = sent(therapist, individual, mei, HOPE_QUESTIONS, 1);
        long oldest = sent(therapist, couple, ben, COPING_LIST, 6);
        long middle = sent(therapist, couple, ana, STRENGTH_EXPLORATION, 3);
        long reviewed = sent(therapist, individual, mei, COPING_LIST, 8);
        provisioning.review(reviewed, null, Instant.now());
        // Open, not sent: nothing to review.
        provisioning.assign(individual, mei.id(), therapist.id(), catalog.byCode(STRENGTH_EXPLORATION), null, null,
                null, Instant.now());

        List<WaitingReview> waiting = users.as(therapist.username(), () -> homework.waitingForReview());

        assertThat(waiting).extracting(WaitingReview::assignmentId).containsExactly(oldest, middle, recent);
        assertThat(waiting.getFirst()).satisfies(w -> {
            assertThat(w.clientName()).isEqualTo("Ben Ruiz");
            assertThat(w.caseId()).isEqualTo(couple);
            assertThat(w.caseTitle()).contains("Ana Ruiz", "Ben Ruiz");
            assertThat(w.title()).isEqualTo("ex.coping-list.title");
        });
    }

    @Test
    void a_closed_case_has_nothing_waiting() {
        Person mei = data.client("Mei Lin");
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 20, mei);
        sent(therapist, caseId, mei, HOPE_QUESTIONS, 2);
        users.run(therapist.username(), () -> caseload.closeCase(caseId, java.time.LocalDate.now(), "Discharged",
                caseload.caseDetails(caseId).version()));

        assertThat(users.as(therapist.username(), () -> homework.waitingForReview())).isEmpty();
    }

    @Test
    void another_therapists_cases_never_appear() {
        Person other = data.therapist();
        Person theirs = data.client("Olga Other");
        long otherCase = data.enrolledCase(other, Lens.NARRATIVE, 10, theirs);
        sent(other, otherCase, theirs, HOPE_QUESTIONS, 2);

        assertThat(users.as(therapist.username(), () -> homework.waitingForReview())).isEmpty();
        assertThat(users.as(other.username(), () -> homework.waitingForReview())).hasSize(1);
    }

    @Test
    void clients_and_admins_have_no_such_list() {
        Person client = data.client("Cai Client");
        assertThatThrownBy(() -> users.run(client.username(), () -> homework.waitingForReview()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
