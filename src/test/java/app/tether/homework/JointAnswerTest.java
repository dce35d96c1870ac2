package app.tether.homework;

import static app.tether.programme.FrameworkExercises.COLLABORATIVE_STANCE;
import static app.tether.programme.FrameworkExercises.HOPE_QUESTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Joint exercises (decision 033), against the real database. */
@IntegrationTest
class JointAnswerTest {

    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired JointAnswerService joint;
    @Autowired ExerciseLibraryService library;
    @Autowired FrameworkCatalog catalog;
    @Autowired CaseloadService caseload;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired HomeworkProvisioning provisioning;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    TestUsers users;
    TestData data;
    Person therapist;
    Person otherTherapist;
    Person wen;
    Person kai;
    Person stranger;
    long caseId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        otherTherapist = data.therapist();
        wen = data.client("Wen Joint");
        kai = data.client("Kai Joint");
        stranger = data.client("Sol Joint");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 2, wen, kai);
        data.enrolledCase(otherTherapist, Lens.NARRATIVE, 2, stranger);
    }

    private List<AssignmentSummary> assignJoint(String code) {
        long id = catalog.byCode(code).id();
        return users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId, List.of(id),
                List.of(wen.id(), kai.id()), null, null).joint(List.of(id))));
    }

    private static Answers hope(String tonight) {
        return new Answers(Map.of("tonight", List.of(tonight)));
    }

    private long idOf(List<AssignmentSummary> pair, Person who) {
        return pair.stream().filter(a -> a.clientId() == who.id()).findFirst().orElseThrow().id();
    }

    @Test
    void both_partners_write_one_shared_answer_and_each_save_is_a_version_with_its_author() {
        var pair = assignJoint(HOPE_QUESTIONS);
        assertThat(pair).hasSize(2).allMatch(AssignmentSummary::joint);
        assertThat(pair.get(0).jointKey()).isEqualTo(pair.get(1).jointKey());
        long wenId = idOf(pair, wen);
        long kaiId = idOf(pair, kai);

        var start = users.as(wen.username(), () -> joint.open(wenId));
        assertThat(start.current().empty()).isTrue();
        assertThat(start.partnerName()).isEqualTo("Kai Joint");
        var first = users.as(wen.username(), () -> joint.save(wenId, hope("We would share tea"), start.current().version()));
        // Kai opens his own copy and sees Wen's words; he adds a line.
        var seen = users.as(kai.username(), () -> joint.open(kaiId));
        assertThat(seen.current().answers().first("tonight")).isEqualTo("We would share tea");
        users.as(kai.username(), () -> joint.save(kaiId, hope("We would share tea\nI would ask about her day"),
                seen.current().version()));

        var now = users.as(wen.username(), () -> joint.open(wenId));
        assertThat(now.versions()).extracting(JointVersionRecord::number).containsExactly(1, 2);
        assertThat(now.versions()).extracting(JointVersionRecord::authorName).containsExactly("Wen Joint", "Kai Joint");
        assertThat(now.current().number()).isEqualTo(2);
        assertThat(now.current().authorName()).isEqualTo("Kai Joint");
        assertThat(now.authorship().get("tonight")).extracting(AuthoredPart::text, AuthoredPart::authorName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("We would share tea", "Wen Joint"),
                        org.assertj.core.groups.Tuple.tuple("I would ask about her day", "Kai Joint"));
        assertThat(first.number()).isEqualTo(1);

        // Both see it marked as shared in "My homework", with the other's name.
        var kaisList = users.as(kai.username(), () -> mine.myHomework());
        assertThat(kaisList.dueSoon()).anySatisfy(a -> {
            assertThat(a.joint()).isTrue();
            assertThat(a.partnerName()).isEqualTo("Wen Joint");
        });
    }

    @Test
    void a_stale_save_is_refused_with_the_partners_newer_version_and_no_text_is_lost() {
        var pair = assignJoint(HOPE_QUESTIONS);
        long wenId = idOf(pair, wen);
        long kaiId = idOf(pair, kai);
        long seenByBoth = users.as(wen.username(), () -> joint.open(wenId)).current().version();

        users.as(wen.username(), () -> joint.save(wenId, hope("A walk after dinner"), seenByBoth));
        var conflict = catchThrowableOfType(JointConflictException.class, () -> users.as(kai.username(),
                () -> joint.save(kaiId, hope("Breakfast together"), seenByBoth)));
        assertThat(conflict).isInstanceOf(StaleDataException.class);
        assertThat(conflict.latest().answers().first("tonight")).isEqualTo("A walk after dinner");
        assertThat(conflict.latest().authorName()).isEqualTo("Wen Joint");
        assertThat(conflict.authorship().get("tonight")).extracting(AuthoredPart::authorName).containsExactly("Wen Joint");

        // Kai keeps his line on top of the newer version: both texts are in the shared answer.
        users.as(kai.username(), () -> joint.save(kaiId, hope("A walk after dinner\nBreakfast together"),
                conflict.latest().version()));
        var after = users.as(wen.username(), () -> joint.open(wenId));
        assertThat(after.current().answers().first("tonight")).contains("A walk after dinner", "Breakfast together");
        assertThat(after.versions()).hasSize(2);
        // Sending also names the version seen: a send from an older screen is refused the same way.
        assertThatThrownBy(() -> users.as(wen.username(), () -> joint.send(wenId, seenByBoth)))
                .isInstanceOf(JointConflictException.class);
    }

    @Test
    void private_notes_are_read_by_their_writer_only() {
        var pair = assignJoint(COLLABORATIVE_STANCE);
        long wenId = idOf(pair, wen);
        long kaiId = idOf(pair, kai);
        var opened = users.as(wen.username(), () -> joint.open(wenId));
        users.as(wen.username(), () -> joint.saveNotes(wenId, "I felt unheard on Sunday", opened.notesVersion()));

        assertThat(users.as(wen.username(), () -> joint.open(wenId)).myNotes()).isEqualTo("I felt unheard on Sunday");
        assertThat(users.as(wen.username(), () -> joint.open(kaiId)).myNotes()).isEqualTo("I felt unheard on Sunday");
        // Kai, by his copy or by hers: only his own (empty) notes.
        assertThat(users.as(kai.username(), () -> joint.open(kaiId)).myNotes()).isEmpty();
        assertThat(users.as(kai.username(), () -> joint.open(wenId)).myNotes()).isEmpty();
        // Nor through the individual homework or the shared text, history, or the therapist's views.
        assertThatThrownBy(() -> users.as(kai.username(), () -> mine.open(wenId))).isInstanceOf(AccessDeniedException.class);
        var kaisView = users.as(kai.username(), () -> joint.open(kaiId));
        assertThat(kaisView.toString()).doesNotContain("unheard");
        var kaisSave = users.as(kai.username(), () -> joint.saveNotes(kaiId, "Mine", kaisView.notesVersion()));
        assertThat(kaisSave.version()).isPositive();
        assertThat(users.as(wen.username(), () -> joint.open(wenId)).myNotes()).isEqualTo("I felt unheard on Sunday");
        assertThat(users.as(therapist.username(), () -> joint.history(wenId)).toString()).doesNotContain("unheard");
        assertThat(users.as(therapist.username(), () -> homework.submission(wenId)).toString()).doesNotContain("unheard");
    }

    @Test
    void either_partner_sends_for_both_and_the_therapist_reviews_it_once() {
        var pair = assignJoint(HOPE_QUESTIONS);
        long wenId = idOf(pair, wen);
        long kaiId = idOf(pair, kai);
        long v0 = users.as(wen.username(), () -> joint.open(wenId)).current().version();
        var saved = users.as(wen.username(), () -> joint.save(wenId, hope("Tea"), v0));
        var v1 = users.as(kai.username(), () -> joint.save(kaiId, hope("Tea\nA kind word"), saved.version()));

        var sent = users.as(kai.username(), () -> joint.send(kaiId, v1.version()));
        assertThat(sent.summary().status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(sent.currentSent()).isTrue();
        // A second click sends nothing new, and says so.
        assertThatThrownBy(() -> users.as(kai.username(), () -> joint.send(kaiId, v1.version())))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors().getFirst().messageKey())
                        .isEqualTo("validation.joint.alreadySent"));
        var forTherapist = users.as(therapist.username(), () -> homework.submission(wenId));
        assertThat(forTherapist.summary().status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(forTherapist.submissions()).hasSize(1);
        assertThat(forTherapist.submissions().getFirst().answers().first("tonight")).isEqualTo("Tea\nA kind word");
        var history = users.as(therapist.username(), () -> joint.history(wenId));
        assertThat(history.versions()).hasSize(2);
        assertThat(history.authorshipBySubmission().get(1).get("tonight")).extracting(AuthoredPart::authorName)
                .containsExactly("Wen Joint", "Kai Joint");
        // One waiting row for the pair, under both names.
        var waiting = users.as(therapist.username(), () -> homework.waitingForReview()).stream()
                .filter(w -> w.caseId() == caseId).toList();
        assertThat(waiting).hasSize(1);
        assertThat(waiting.getFirst().clientName()).contains("Wen Joint", "Kai Joint");
        // The summary lines name the answer as shared.
        assertThat(users.as(therapist.username(), () -> homework.summaryLines(caseId, java.time.Instant.now().plusSeconds(5),
                java.util.Locale.UK))).extracting(HomeworkLine::clientName)
                .contains("Wen Joint (shared with Kai Joint)", "Kai Joint (shared with Wen Joint)");

        long version = forTherapist.summary().version();
        users.as(therapist.username(), () -> homework.markReviewed(wenId, "A good start", version));
        assertThat(users.as(kai.username(), () -> joint.open(kaiId)).summary().status()).isEqualTo(AssignmentStatus.REVIEWED);
        assertThat(users.as(kai.username(), () -> joint.open(kaiId)).comments()).extracting(ReviewCommentRecord::body)
                .containsExactly("A good start");
        assertThatThrownBy(() -> users.as(kai.username(), () -> joint.save(kaiId, hope("Later"), v1.version())))
                .isInstanceOf(ValidationProblem.class);
    }

    @Test
    void a_closed_case_is_read_only() {
        var pair = assignJoint(HOPE_QUESTIONS);
        long wenId = idOf(pair, wen);
        var opened = users.as(wen.username(), () -> joint.open(wenId));
        users.as(wen.username(), () -> joint.save(wenId, hope("Before the end"), opened.current().version()));
        users.run(therapist.username(), () -> caseload.closeCase(caseId, LocalDate.now(), "Discharged",
                caseload.caseDetails(caseId).version()));

        var closed = users.as(wen.username(), () -> joint.open(wenId));
        assertThat(closed.caseClosed()).isTrue();
        assertThat(closed.current().answers().first("tonight")).isEqualTo("Before the end");
        assertThatThrownBy(() -> users.as(wen.username(), () -> joint.save(wenId, hope("After"), closed.current().version())))
                .isInstanceOf(ValidationProblem.class);
        assertThatThrownBy(() -> users.as(wen.username(), () -> joint.saveNotes(wenId, "After", closed.notesVersion())))
                .isInstanceOf(ValidationProblem.class);
        assertThatThrownBy(() -> users.as(wen.username(), () -> joint.send(wenId, closed.current().version())))
                .isInstanceOf(ValidationProblem.class);
    }

    @Test
    void only_the_pair_and_the_treating_therapist_touch_it_and_private_drafts_are_refused() {
        var pair = assignJoint(HOPE_QUESTIONS);
        long wenId = idOf(pair, wen);
        assertThatThrownBy(() -> users.as(stranger.username(), () -> joint.open(wenId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(otherTherapist.username(), () -> joint.history(wenId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(therapist.username(), () -> joint.open(wenId)))
                .isInstanceOf(AccessDeniedException.class);
        // The shared answer is the only place to write: the individual draft and send refuse.
        assertThatThrownBy(() -> users.as(wen.username(), () -> mine.saveDraft(wenId, hope("Private"), -1L)))
                .isInstanceOf(ValidationProblem.class);
        long v = users.as(wen.username(), () -> mine.open(wenId)).summary().version();
        assertThatThrownBy(() -> users.as(wen.username(), () -> mine.submit(wenId, hope("Private"), v)))
                .isInstanceOf(ValidationProblem.class);
    }

    @Test
    void joint_needs_a_couple_and_both_partners_and_goes_through_the_readiness_check() {
        long hope = catalog.byCode(HOPE_QUESTIONS).id();
        assertThatThrownBy(() -> users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId,
                List.of(hope), List.of(wen.id()), null, null).joint(List.of(hope)))))
                .isInstanceOf(ValidationProblem.class);

        // A practice's own exercise made joint at assign time counts as talking together.
        long custom = users.as(therapist.username(), () -> library.create(new ExerciseDraft("Plan a shared evening", 1,
                "Plan it together.", false,
                List.of(new ExerciseDraft.FieldDraft("What we will do", FieldKind.TEXT, null, null, null, true))))).id();
        caseProvisioning.recordReadiness(caseId, false, LocalDate.now(), null, therapist.id());
        assertThatThrownBy(() -> users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId,
                List.of(custom), List.of(wen.id(), kai.id()), null, null).joint(List.of(custom)))))
                .isInstanceOf(NotReadyToTalkException.class);
        // Not joint, the same exercise is individual work and is not asked about.
        assertThat(users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId,
                List.of(custom), List.of(wen.id(), kai.id()), null, null)))).noneMatch(AssignmentSummary::joint);
        var confirmed = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId,
                List.of(custom), List.of(wen.id(), kai.id()), null, null, AssignRequest.Duplicates.ASSIGN_AGAIN, true)
                .joint(List.of(custom))));
        assertThat(confirmed).hasSize(2).allMatch(AssignmentSummary::joint);
    }

    /** Both run at the same moment, each on its own thread (so in its own transaction); each outcome or its failure. */
    private static List<Object> race(java.util.function.Supplier<?> a, java.util.function.Supplier<?> b) throws Exception {
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var futures = List.of(a, b).stream().map(task -> pool.submit(() -> {
                start.await();
                try {
                    return (Object) task.get();
                } catch (RuntimeException e) {
                    return e;
                }
            })).toList();
            start.countDown();
            List<Object> out = new java.util.ArrayList<>();
            for (var f : futures) {
                out.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void two_partners_saving_at_the_same_moment_lose_no_text_and_the_refused_one_sees_the_others_newest() throws Exception {
        var pair = assignJoint(HOPE_QUESTIONS);
        long wenId = idOf(pair, wen);
        long kaiId = idOf(pair, kai);
        for (int round = 0; round < 8; round++) {
            var seen = users.as(wen.username(), () -> joint.open(wenId)).current();
            String base = seen.empty() ? "" : seen.answers().first("tonight") + "\n";
            String wenLine = "Wen " + round;
            String kaiLine = "Kai " + round;
            var outcomes = race(() -> users.as(wen.username(), () -> joint.save(wenId, hope(base + wenLine), seen.version())),
                    () -> users.as(kai.username(), () -> joint.save(kaiId, hope(base + kaiLine), seen.version())));
            assertThat(outcomes).filteredOn(JointText.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(JointConflictException.class::isInstance).hasSize(1);
            boolean wenWon = outcomes.getFirst() instanceof JointText;
            var refused = (JointConflictException) outcomes.get(wenWon ? 1 : 0);
            // The refusal carries what the other partner really saved, so building on it keeps both.
            assertThat(refused.latest().answers().first("tonight")).isEqualTo(base + (wenWon ? wenLine : kaiLine));
            Person loser = wenWon ? kai : wen;
            long loserCopy = wenWon ? kaiId : wenId;
            users.as(loser.username(), () -> joint.save(loserCopy, hope(refused.latest().answers().first("tonight")
                    + "\n" + (wenWon ? kaiLine : wenLine)), refused.latest().version()));
        }
        String all = users.as(kai.username(), () -> joint.open(kaiId)).current().answers().first("tonight");
        for (int round = 0; round < 8; round++) {
            assertThat(all).contains("Wen " + round, "Kai " + round);
        }

        // Both send at the same moment: one submission for the pair, and the second is told it was already sent.
        long v = users.as(wen.username(), () -> joint.open(wenId)).current().version();
        var sends = race(() -> users.as(wen.username(), () -> joint.send(wenId, v)),
                () -> users.as(kai.username(), () -> joint.send(kaiId, v)));
        assertThat(sends).filteredOn(JointAnswerDetail.class::isInstance).hasSize(1);
        assertThat(sends).filteredOn(ValidationProblem.class::isInstance).singleElement()
                .satisfies(p -> assertThat(((ValidationProblem) p).errors().getFirst().messageKey())
                        .isEqualTo("validation.joint.alreadySent"));
        assertThat(users.as(therapist.username(), () -> homework.submission(wenId)).submissions()).hasSize(1);
        assertThat(users.as(therapist.username(), () -> homework.submission(kaiId)).submissions()).hasSize(1);
    }

    @Test
    void the_database_and_the_demo_provisioning_refuse_a_recurring_or_unpaired_joint_exercise() {
        var pair = assignJoint(HOPE_QUESTIONS);
        long wenId = idOf(pair, wen);
        assertThatThrownBy(() -> jdbc.update("UPDATE assignment SET recurrence = 'DAILY' WHERE id = ?", wenId))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE assignment SET pair_key = NULL WHERE id = ?", wenId))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        var daily = catalog.byCode(app.tether.programme.FrameworkExercises.EXCEPTION_LOG);
        assertThatThrownBy(() -> provisioning.assignJoint(caseId, List.of(wen.id(), kai.id()), therapist.id(), daily,
                null, null, java.time.Instant.now())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void authorship_keeps_the_writer_of_an_unchanged_paragraph_and_gives_a_changed_one_to_the_editor() {
        var field = new app.tether.programme.FieldSpec("tonight", FieldKind.TEXT, "l", null, 1, 1, 2000, null);
        var v1 = new JointVersionRecord(1, 1, "A", null, hope("One\nTwo"), null);
        var v2 = new JointVersionRecord(2, 2, "B", null, hope("One\nTwo, changed\nThree"), null);
        var v3 = new JointVersionRecord(3, 1, "A", null, hope("Three\nOne\nTwo, changed"), null);
        assertThat(JointAuthorship.of(List.of(field), List.of(v1, v2, v3)).get("tonight"))
                .extracting(AuthoredPart::text, AuthoredPart::authorName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Three", "B"),
                        org.assertj.core.groups.Tuple.tuple("One", "A"),
                        org.assertj.core.groups.Tuple.tuple("Two, changed", "B"));
    }
}
