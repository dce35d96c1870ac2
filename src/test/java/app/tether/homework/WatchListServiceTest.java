package app.tether.homework;

import static app.tether.programme.FrameworkExercises.FUTURE_PREVENTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.programme.FrameworkCatalog;
import app.tether.security.AccountProvisioning;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The watch list comes from each client's latest sent Future Prevention, and only their own. */
@IntegrationTest
class WatchListServiceTest {

    @Autowired WatchListService watchLists;
    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired JointAnswerService joint;
    @Autowired FrameworkCatalog catalog;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired TestClock clock;

    TestUsers users;
    TestData data;
    Person therapist;
    Person her;
    Person him;
    long caseId;
    Instant start;

    @BeforeEach
    void setUp() {
        start = Instant.parse("2026-03-02T09:00:00Z");
        clock.set(start);
        users = new TestUsers(userDetails);
        data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        her = data.client("Watch Her");
        him = data.client("Watch Him");
        caseId = data.enrolledCase(therapist, Lens.THERAPEUTIC_LETTERS, 40, her, him);
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    private long assign(Person client) {
        long id = catalog.byCode(FUTURE_PREVENTION).id();
        return users.as(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(id), List.of(client.id()), null, null))).getFirst().id();
    }

    private static Answers plan(String firstSign, String then) {
        return new Answers(Map.of("signs", List.of(firstSign, "  ", "I skip our check-in"), "then", List.of(then),
                "coping", List.of("A run by the river"), "support", List.of("  My sister  ")));
    }

    private void send(Person client, long assignmentId, Answers answers) {
        users.as(client.username(), () -> {
            long version = mine.open(assignmentId).summary().version();
            return mine.submit(assignmentId, answers, version);
        });
    }

    @Test
    void the_latest_sent_plan_is_the_watch_list_and_a_draft_never_is() {
        long hers = assign(her);
        assertThat(users.as(her.username(), () -> watchLists.myWatchList(caseId))).isEmpty();

        send(her, hers, plan("I check his phone <b>twice</b>", "Breathe, then ask"));
        Instant firstSent = clock.instant();
        clock.advance(Duration.ofDays(3));
        send(her, hers, plan("I go quiet for a whole evening", "Say I need a moment"));
        clock.advance(Duration.ofDays(1));
        users.as(her.username(), () -> mine.saveDraft(hers, plan("Only a draft", "Never shown"), null));

        WatchList list = users.as(her.username(), () -> watchLists.myWatchList(caseId)).orElseThrow();
        assertThat(list.signs()).containsExactly("I go quiet for a whole evening", "I skip our check-in");
        assertThat(list.then()).isEqualTo("Say I need a moment");
        assertThat(list.coping()).isEqualTo("A run by the river");
        assertThat(list.support()).isEqualTo("My sister");
        assertThat(list.clientName()).isEqualTo("Watch Her");

        // The summary of a session held between the two sendings shows the first, text as written.
        var then = users.as(therapist.username(), () -> watchLists.caseWatchLists(caseId, firstSent.plusSeconds(60)));
        assertThat(then).singleElement().satisfies(w ->
                assertThat(w.signs()).containsExactly("I check his phone <b>twice</b>", "I skip our check-in"));
        assertThat(users.as(therapist.username(), () -> watchLists.caseWatchLists(caseId, start.minusSeconds(1))))
                .isEmpty();
    }

    @Test
    void each_partner_sees_only_their_own_watch_list_and_the_therapist_sees_both() {
        long hers = assign(her);
        long his = assign(him);
        send(her, hers, plan("Hers", "Her plan"));
        send(him, his, plan("His", "His plan"));

        assertThat(users.as(her.username(), () -> watchLists.myWatchList(caseId))).hasValueSatisfying(w ->
                assertThat(w.signs()).first().isEqualTo("Hers"));
        assertThat(users.as(him.username(), () -> watchLists.myWatchList(caseId))).hasValueSatisfying(w ->
                assertThat(w.signs()).first().isEqualTo("His"));
        assertThat(users.as(therapist.username(), () -> watchLists.caseWatchLists(caseId, null)))
                .extracting(WatchList::clientName).containsExactly("Watch Her", "Watch Him");
    }

    @Test
    void nobody_outside_the_case_reads_a_watch_list() {
        send(her, assign(her), plan("Hers", "Her plan"));
        Person stranger = data.client("Watch Stranger");
        Person otherTherapist = data.therapist();
        data.enrolledCase(otherTherapist, Lens.NARRATIVE, 3, stranger);
        assertThatThrownBy(() -> users.as(stranger.username(), () -> watchLists.myWatchList(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(otherTherapist.username(), () -> watchLists.caseWatchLists(caseId, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(her.username(), () -> watchLists.caseWatchLists(caseId, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_cancelled_plan_does_not_count() {
        long hers = assign(her);
        send(her, hers, plan("Hers", "Her plan"));
        assertThat(users.as(her.username(), () -> watchLists.myWatchList(caseId))).isPresent();
        long version = users.as(her.username(), () -> mine.open(hers)).summary().version();
        users.as(therapist.username(), () -> homework.cancel(hers, version));

        assertThat(users.as(her.username(), () -> watchLists.myWatchList(caseId))).isEmpty();
        assertThat(users.as(therapist.username(), () -> watchLists.caseWatchLists(caseId, null))).isEmpty();
        assertThat(users.as(therapist.username(), () -> watchLists.caseWatchListsNow(caseId)).askedForPlan()).isEmpty();
    }

    @Test
    void a_joint_plan_is_one_watch_list_naming_both_partners() {
        long id = catalog.byCode(FUTURE_PREVENTION).id();
        var pair = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId, List.of(id),
                List.of(her.id(), him.id()), null, null).joint(List.of(id))));
        long hers = pair.stream().filter(a -> a.clientId() == her.id()).findFirst().orElseThrow().id();
        var saved = users.as(her.username(), () -> joint.save(hers, plan("We stop talking at dinner", "Take a walk"),
                joint.open(hers).current().version()));
        users.as(him.username(), () -> joint.send(hers, saved.version()));

        var lists = users.as(therapist.username(), () -> watchLists.caseWatchListsNow(caseId));
        assertThat(lists.lists()).singleElement().satisfies(w -> {
            assertThat(w.clientName()).isEqualTo("Watch Her");
            assertThat(w.partnerName()).isEqualTo("Watch Him");
            assertThat(w.belongsTo(him.id())).isTrue();
            assertThat(w.signs()).first().isEqualTo("We stop talking at dinner");
        });
        assertThat(lists.askedForPlan()).containsExactlyInAnyOrder(her.id(), him.id());
        assertThat(users.as(him.username(), () -> watchLists.myWatchList(caseId))).hasValueSatisfying(w ->
                assertThat(w.partnerName()).isEqualTo("Watch Her"));
    }
}
