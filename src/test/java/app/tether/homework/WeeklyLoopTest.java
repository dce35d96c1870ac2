package app.tether.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import app.tether.programme.FrameworkCatalog;
import app.tether.programme.FrameworkExercises;
import app.tether.programme.Recurrence;
import app.tether.security.AccountProvisioning;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The weekly loop (decision record 034), on the real database with a fixed clock: one piece per week,
 * the Feedback Loop starting from the week's Commitment, the next Commitment from the adjustments, the
 * therapist's timeline per partner and the focus value, each partner only their own.
 */
@IntegrationTest
class WeeklyLoopTest {

    /** Wednesday 4 November 2026, midday: the week of Monday 2 November. */
    static final Instant WEDNESDAY = Instant.parse("2026-11-04T12:00:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    static final List<String> MENU = List.of("Hug for thirty seconds", "Tea on her desk", "A walk after dinner",
            "Ask about her day", "Phone away at breakfast", "Cook together on Saturday", "Say thank you",
            "A note in his bag", "Ten minutes of listening", "Plan a small outing");

    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired WeeklyLoopService loop;
    @Autowired HomeworkProvisioning provisioning;
    @Autowired FrameworkCatalog catalog;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired TestClock clock;
    @Autowired app.tether.sessions.CaseExportService exports;

    TestUsers users;
    Person therapist;
    Person lei;
    Person ting;
    long caseId;

    @BeforeEach
    void setUp() {
        clock.set(WEDNESDAY);
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        lei = data.client("Lei Loop");
        ting = data.client("Ting Loop");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 30, lei, ting);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private long assign(String code, Person client) {
        long exercise = catalog.byCode(code).id();
        return users.as(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(exercise), List.of(client.id()), null, null))).getFirst().id();
    }

    private static Answers answers(Object... keyValues) {
        return app.tether.homework.TestAnswers.of(keyValues);
    }

    private AssignmentDetail send(Person client, long assignmentId, Answers a) {
        return users.as(client.username(), () -> {
            long version = mine.open(assignmentId).summary().version();
            return mine.submit(assignmentId, a, version);
        });
    }

    private AssignmentSummary pieceOf(Person client, String code, LocalDate monday) {
        MyHomework all = users.as(client.username(), () -> mine.myHomework());
        return java.util.stream.Stream.of(all.overdue(), all.dueSoon(), all.done()).flatMap(List::stream)
                .filter(a -> code.equals(a.exerciseCode()) && monday.equals(a.weekOf())).findFirst().orElseThrow();
    }

    /** Lei's menu, values and first week's commitment (two actions). */
    private long firstCommitment() {
        long menu = assign(FrameworkExercises.ACTION_MENU, lei);
        provisioning.submit(menu, answers("actions", MENU), WEDNESDAY.minus(Duration.ofDays(1)));
        long ranking = assign(FrameworkExercises.VALUE_RANKING, lei);
        provisioning.submit(ranking, answers("values", List.of("Warmth", "Honesty", "Safety", "Fun", "Respect"),
                "focus", "Warmth", "why", "We miss it.", "act", "Tea for both of us every evening"),
                WEDNESDAY.minus(Duration.ofDays(1)));
        long commitment = assign(FrameworkExercises.COMMITMENT_EXPERIMENT, lei);
        send(lei, commitment, answers("chosen", List.of("Tea on her desk", "A walk after dinner"),
                "try1", "Jasmine tea on her desk before work", "learn1", "Whether she notices",
                "knowLearned1", "If she smiles", "try2", "A walk on Tuesday and Friday", "learn2", "If we talk more",
                "knowLearned2", "If we walk longer"));
        return commitment;
    }

    @Test
    void weekly_exercises_ask_one_answer_per_week_and_the_next_week_opens_a_new_one() {
        long commitment = assign(FrameworkExercises.COMMITMENT_EXPERIMENT, lei);
        AssignmentSummary first = pieceOf(lei, FrameworkExercises.COMMITMENT_EXPERIMENT, MONDAY);
        assertThat(first.id()).isEqualTo(commitment);
        assertThat(first.recurrence()).isEqualTo(Recurrence.WEEKLY);
        assertThat(first.dueOn()).isEqualTo(MONDAY.plusDays(6));
        assertThat(first.overdue()).isFalse();
        // The due day of a week is its Sunday: it cannot be moved.
        assertThatThrownBy(() -> users.as(therapist.username(), () -> homework.changeDueDate(commitment,
                MONDAY.plusDays(10), first.version()))).hasMessageContaining("validation.assign.recurringHasNoDue");

        // Next Wednesday: a new piece for the new week; the unsent first week is overdue, still answerable.
        clock.advance(Duration.ofDays(7));
        AssignmentSummary second = pieceOf(lei, FrameworkExercises.COMMITMENT_EXPERIMENT, MONDAY.plusDays(7));
        assertThat(second.id()).isNotEqualTo(commitment);
        assertThat(second.open()).isTrue();
        assertThat(second.dueOn()).isEqualTo(MONDAY.plusDays(13));
        AssignmentSummary late = pieceOf(lei, FrameworkExercises.COMMITMENT_EXPERIMENT, MONDAY);
        assertThat(late.overdue()).isTrue();
        // Looking again the same week opens nothing more; the therapist's list sees the same pieces.
        users.as(lei.username(), () -> mine.myHomework());
        var caseList = users.as(therapist.username(), () -> homework.caseHomework(caseId)).assignments();
        assertThat(caseList.stream().filter(a -> FrameworkExercises.COMMITMENT_EXPERIMENT.equals(a.exerciseCode())))
                .extracting(AssignmentSummary::weekOf).containsExactlyInAnyOrder(MONDAY, MONDAY.plusDays(7));

        // Cancelling the latest week ends the series: the week after opens nothing.
        users.as(therapist.username(), () -> homework.cancel(second.id(), second.version()));
        clock.advance(Duration.ofDays(7));
        var later = users.as(therapist.username(), () -> homework.caseHomework(caseId)).assignments();
        assertThat(later.stream().filter(a -> FrameworkExercises.COMMITMENT_EXPERIMENT.equals(a.exerciseCode())))
                .hasSize(2);
    }

    @Test
    void the_feedback_loop_starts_from_the_weeks_commitment_and_the_next_commitment_from_the_adjustments() {
        firstCommitment();
        long feedback = assign(FrameworkExercises.FEEDBACK_LOOP, lei);
        LoopContext context = users.as(lei.username(), () -> loop.myLoopContext(feedback));
        assertThat(context.weekOf()).isEqualTo(MONDAY);
        assertThat(context.committed()).extracting(CommittedAction::action)
                .containsExactly("Tea on her desk", "A walk after dinner");
        assertThat(context.committed().getFirst().tryText()).isEqualTo("Jasmine tea on her desk before work");
        assertThat(context.prefill().of("actions")).containsExactly("Tea on her desk", "A walk after dinner");

        // A second action needs its own answers.
        assertThatThrownBy(() -> send(lei, feedback, answers("actions", List.of("Tea on her desk", "A walk after dinner"),
                "happened1", "She smiled", "learned1", "Small things land", "adjust1", "Tea in the evening too")))
                .hasMessageContaining("validation");
        send(lei, feedback, answers("actions", List.of("Tea on her desk", "A walk after dinner"),
                "happened1", "She smiled", "learned1", "Small things land", "adjust1", "Tea in the evening too",
                "happened2", "Rain twice", "learned2", "We talk when we walk", "adjust2", "Walk indoors: the mall"));

        clock.advance(Duration.ofDays(7));
        AssignmentSummary next = pieceOf(lei, FrameworkExercises.COMMITMENT_EXPERIMENT, MONDAY.plusDays(7));
        LoopContext nextContext = users.as(lei.username(), () -> loop.myLoopContext(next.id()));
        assertThat(nextContext.focus().value()).isEqualTo("Warmth");
        assertThat(nextContext.adjusted()).extracting(LoopStep::adjust)
                .containsExactly("Tea in the evening too", "Walk indoors: the mall");
        assertThat(nextContext.prefill().of("chosen")).containsExactly("Tea on her desk", "A walk after dinner");
        assertThat(nextContext.prefill().first("try1")).isEqualTo("Tea in the evening too");
        // The pre-filled answers can be sent as they are, with the rest written.
        send(lei, next.id(), answers("chosen", nextContext.prefill().of("chosen"), "try1", "Tea in the evening too",
                "learn1", "Whether evenings are softer", "knowLearned1", "If we sit together", "try2",
                "Walk indoors: the mall", "learn2", "If talking moves indoors", "knowLearned2", "If we laugh"));

        LoopTimeline timeline = users.as(therapist.username(), () -> loop.timeline(caseId)).stream()
                .filter(t -> t.clientId() == lei.id()).findFirst().orElseThrow();
        assertThat(timeline.weeks()).extracting(LoopWeek::weekOf).containsExactly(MONDAY, MONDAY.plusDays(7));
        LoopWeek first = timeline.weeks().getFirst();
        assertThat(first.committed()).isTrue();
        assertThat(first.fedBack()).isTrue();
        assertThat(first.steps()).extracting(LoopStep::action, LoopStep::tryText, LoopStep::happened, LoopStep::learned,
                LoopStep::adjust).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Tea on her desk", "Jasmine tea on her desk before work",
                        "She smiled", "Small things land", "Tea in the evening too"),
                org.assertj.core.groups.Tuple.tuple("A walk after dinner", "A walk on Tuesday and Friday", "Rain twice",
                        "We talk when we walk", "Walk indoors: the mall"));
        LoopWeek second = timeline.weeks().get(1);
        assertThat(second.committed()).isTrue();
        assertThat(second.fedBack()).isFalse();
        assertThat(second.steps().getFirst().tryText()).isEqualTo("Tea in the evening too");
    }

    @Test
    void each_partner_sees_only_their_own_loop_and_focus_value_and_the_therapist_sees_both() {
        firstCommitment();
        assertThat(users.as(lei.username(), () -> loop.myFocusValue(caseId))).get()
                .extracting(FocusValue::value, FocusValue::act).containsExactly("Warmth", "Tea for both of us every evening");
        assertThat(users.as(ting.username(), () -> loop.myFocusValue(caseId))).isEmpty();
        assertThat(users.as(lei.username(), () -> loop.myTimeline(caseId)).weeks()).hasSize(1);
        assertThat(users.as(ting.username(), () -> loop.myTimeline(caseId)).weeks()).isEmpty();
        assertThat(users.as(therapist.username(), () -> loop.timeline(caseId)))
                .extracting(LoopTimeline::clientId).containsExactly(lei.id(), ting.id());
        long leisFeedback = assign(FrameworkExercises.FEEDBACK_LOOP, lei);
        assertThatThrownBy(() -> users.as(ting.username(), () -> loop.myLoopContext(leisFeedback)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void feedback_sent_in_the_earlier_shape_stays_readable_in_the_timeline() {
        ExerciseDefinition current = catalog.byCode(FrameworkExercises.FEEDBACK_LOOP);
        List<FieldSpec> old = java.util.stream.Stream.of("tried", "happened", "learned", "adjust")
                .map(k -> new FieldSpec(k, FieldKind.TEXT, "ex.feedback-loop." + k, "ex.feedback-loop." + k + ".help",
                        1, 1, FieldSpec.DEFAULT_MAX_LENGTH, null)).toList();
        var oneOff = new ExerciseDefinition(current.id(), current.code(), true, 5, current.title(),
                current.instructions(), null, false, old, null, 0, null, null);
        long id = provisioning.assign(caseId, lei.id(), therapist.id(), oneOff, null, null, MONDAY.plusDays(5),
                WEDNESDAY.minus(Duration.ofDays(20)));
        provisioning.submit(id, answers("tried", "Phone away at breakfast", "happened", "Quiet mornings",
                "learned", "I like her voice", "adjust", "Every day, not only weekends"), WEDNESDAY.minus(Duration.ofDays(15)));
        LoopTimeline timeline = users.as(therapist.username(), () -> loop.timeline(caseId)).getFirst();
        assertThat(timeline.weeks()).hasSize(1);
        assertThat(timeline.weeks().getFirst().steps()).extracting(LoopStep::action, LoopStep::adjust)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Phone away at breakfast",
                        "Every day, not only weekends"));
        // The old answer's own copy of its prompts still reads in the review.
        assertThat(users.as(therapist.username(), () -> homework.submission(id)).fields()).extracting(FieldSpec::key)
                .containsExactly("tried", "happened", "learned", "adjust");
    }

    @Test
    void the_case_export_reads_the_weeks_as_stored_and_lists_the_answers_per_action() throws Exception {
        firstCommitment();
        long feedback = assign(FrameworkExercises.FEEDBACK_LOOP, lei);
        send(lei, feedback, answers("actions", List.of("Tea on her desk"), "happened1", "She smiled",
                "learned1", "Small things land", "adjust1", "Tea in the evening too"));
        // A new week: the export (a read-only reader) neither fails nor opens it.
        clock.advance(Duration.ofDays(7));
        var export = users.as(therapist.username(), () -> exports.export(caseId));
        String csv = null;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(export.zip()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("homework-answers.csv")) {
                    csv = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(csv).contains("Feedback Loop", "First action: what happened", "She smiled",
                "The actions I tried this week", "Tea on her desk");
        assertThat(users.as(therapist.username(), () -> homework.caseHomework(caseId)).assignments().stream()
                .filter(a -> FrameworkExercises.FEEDBACK_LOOP.equals(a.exerciseCode())))
                .extracting(AssignmentSummary::weekOf).containsExactlyInAnyOrder(MONDAY, MONDAY.plusDays(7));
    }

    @Test
    void a_weekly_exercise_given_at_the_weekend_starts_with_the_coming_week() {
        clock.set(Instant.parse("2026-11-07T12:00:00Z"));
        long commitment = assign(FrameworkExercises.COMMITMENT_EXPERIMENT, lei);
        AssignmentSummary first = pieceOf(lei, FrameworkExercises.COMMITMENT_EXPERIMENT, MONDAY.plusDays(7));
        assertThat(first.id()).isEqualTo(commitment);
        assertThat(first.dueOn()).isEqualTo(MONDAY.plusDays(13));
        // Its week begins on Monday: nothing more opens then.
        clock.set(Instant.parse("2026-11-09T12:00:00Z"));
        assertThat(users.as(therapist.username(), () -> homework.caseHomework(caseId)).assignments()).hasSize(1);
    }
}
