package app.tether.homework;

import static app.tether.programme.FrameworkExercises.HOPE_QUESTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Lens;
import app.tether.caseload.StageGuidanceService;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.ExerciseDraft;
import app.tether.programme.ExerciseLibraryService;
import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import app.tether.programme.FrameworkCatalog;
import app.tether.security.AccountProvisioning;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Lenses that change the work: their prompts in the homework form, their notes, and tagged exercises. */
@IntegrationTest
class LensWorkTest {

    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired ExerciseLibraryService library;
    @Autowired FrameworkCatalog catalog;
    @Autowired CaseloadService caseload;
    @Autowired StageGuidanceService guidance;
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
        client = data.client("Lens Client");
        caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 2, client);
    }

    private AssignmentSummary assignHope() {
        long id = catalog.byCode(HOPE_QUESTIONS).id();
        return users.as(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(id), List.of(client.id()), null, null))).getFirst();
    }

    private static List<String> keys(List<FieldSpec> fields) {
        return fields.stream().map(FieldSpec::key).toList();
    }

    @Test
    void the_form_brings_the_current_lens_prompts_for_the_exercise_stage_only() {
        AssignmentSummary a = assignHope();
        AssignmentDetail d = users.as(client.username(), () -> mine.open(a.id()));
        assertThat(d.lens()).isEqualTo(Lens.NARRATIVE);
        assertThat(keys(d.lensFields())).containsExactlyElementsOf(Lens.NARRATIVE.promptKeys(1))
                .doesNotContainAnyElementsOf(Lens.CONNECTION.promptKeys(1))
                .doesNotContainAnyElementsOf(Lens.NARRATIVE.promptKeys(2));
        assertThat(d.lensFields()).allMatch(f -> !f.required() && f.kind() == FieldKind.TEXT);
        // The exercise's own prompts stay as they were.
        assertThat(keys(d.fields())).noneMatch(k -> k.startsWith("lens."));
    }

    @Test
    void lens_answers_are_optional_kept_with_the_submission_and_shown_to_the_therapist() {
        AssignmentSummary a = assignHope();
        // Optional: the exercise is sent without them.
        users.as(client.username(), () -> mine.submit(a.id(), new Answers(Map.of("tonight", List.of("Tea together"))),
                a.version()));
        long v = users.as(client.username(), () -> mine.open(a.id())).summary().version();
        String p1 = Lens.NARRATIVE.promptKeys(1).getFirst();
        users.as(client.username(), () -> mine.submit(a.id(), new Answers(Map.of("tonight", List.of("Tea together"),
                p1, List.of("The Fog"))), v));

        AssignmentDetail read = users.as(therapist.username(), () -> homework.submission(a.id()));
        Answers latest = read.submissions().getFirst().answers();
        assertThat(latest.first(p1)).isEqualTo("The Fog");
        assertThat(LensAnswers.byLens(latest)).containsOnlyKeys(Lens.NARRATIVE);
        assertThat(LensAnswers.byLens(read.submissions().getLast().answers())).isEmpty();

        List<HomeworkLine> lines = users.as(therapist.username(),
                () -> homework.summaryLines(caseId, Instant.now(), Locale.UK));
        assertThat(lines.getFirst().keyAnswers()).contains(new HomeworkLine.KeyAnswer(p1, "The Fog"));
    }

    @Test
    void a_lens_prompt_of_another_stage_or_one_that_does_not_exist_is_refused() {
        AssignmentSummary a = assignHope();
        String otherStage = Lens.CONNECTION.promptKeys(2).getFirst();
        String noSuchPrompt = "lens.NARRATIVE.s1.p9";
        assertThatThrownBy(() -> users.as(client.username(), () -> mine.submit(a.id(),
                new Answers(Map.of("tonight", List.of("Tea"), otherStage, List.of("x"))), a.version())))
                .isInstanceOf(ValidationProblem.class);
        assertThatThrownBy(() -> users.as(client.username(), () -> mine.saveDraft(a.id(),
                new Answers(Map.of(otherStage, List.of("x"))), -1L)))
                .isInstanceOf(ValidationProblem.class);
        assertThatThrownBy(() -> users.as(client.username(), () -> mine.saveDraft(a.id(),
                new Answers(Map.of(noSuchPrompt, List.of("x"))), -1L)))
                .isInstanceOf(ValidationProblem.class);
    }

    @Test
    void an_answer_under_another_lens_is_checked_for_length_like_the_others() {
        AssignmentSummary a = assignHope();
        String other = Lens.CONNECTION.promptKeys(1).getFirst();
        String tooLong = "x".repeat(FieldSpec.DEFAULT_MAX_LENGTH + 1);
        assertThatThrownBy(() -> users.as(client.username(), () -> mine.submit(a.id(),
                new Answers(Map.of("tonight", List.of("Tea"), other, List.of(tooLong))), a.version())))
                .isInstanceOf(ValidationProblem.class);
    }

    @Test
    void a_lens_change_brings_new_prompts_and_notes_while_earlier_answers_keep_their_lens() {
        AssignmentSummary a = assignHope();
        String narrative = Lens.NARRATIVE.promptKeys(1).getFirst();
        users.as(client.username(), () -> mine.submit(a.id(), new Answers(Map.of("tonight", List.of("Tea"),
                narrative, List.of("The Fog"))), a.version()));
        assertThat(users.as(therapist.username(), () -> guidance.guidance(caseId)).lensNoteKey())
                .isEqualTo(Lens.NARRATIVE.guidanceKey(1));

        long caseVersion = users.as(therapist.username(), () -> caseload.caseDetails(caseId)).version();
        var changed = users.as(therapist.username(), () -> caseload.changeLens(caseId, Lens.CONNECTION,
                "Mutual empathy is where the movement is", caseVersion));
        assertThat(changed.lensChanges().getFirst().reason()).isEqualTo("Mutual empathy is where the movement is");
        assertThat(changed.lensChanges().getFirst().fromLens()).isEqualTo(Lens.NARRATIVE);

        AssignmentDetail d = users.as(client.username(), () -> mine.open(a.id()));
        assertThat(keys(d.lensFields())).containsExactlyElementsOf(Lens.CONNECTION.promptKeys(1));
        assertThat(users.as(therapist.username(), () -> guidance.guidance(caseId)).lensNoteKey())
                .isEqualTo(Lens.CONNECTION.guidanceKey(1));

        // What was written under the earlier lens is kept when sent again beside the new lens's answer.
        String connection = Lens.CONNECTION.promptKeys(1).getFirst();
        users.as(client.username(), () -> mine.submit(a.id(), new Answers(Map.of("tonight", List.of("Tea"),
                narrative, List.of("Still the Fog"), connection, List.of("When she laughed at my joke"))),
                d.summary().version()));

        AssignmentDetail read = users.as(therapist.username(), () -> homework.submission(a.id()));
        assertThat(read.submissions()).hasSize(2);
        assertThat(LensAnswers.byLens(read.submissions().getFirst().answers()))
                .isEqualTo(Map.of(Lens.NARRATIVE, Map.of(narrative, "Still the Fog"),
                        Lens.CONNECTION, Map.of(connection, "When she laughed at my joke")));
        assertThat(LensAnswers.byLens(read.submissions().getLast().answers()))
                .isEqualTo(Map.of(Lens.NARRATIVE, Map.of(narrative, "The Fog")));
    }

    // ---- tagged custom exercises ----

    private ExerciseDefinition own(Person author, String title, int stage, Set<Lens> lenses, Set<Integer> stages) {
        return users.as(author.username(), () -> library.create(new ExerciseDraft(title, stage, "Do this.", false,
                List.of(new ExerciseDraft.FieldDraft("What happened", FieldKind.TEXT, null, null, null, true)),
                lenses, stages)));
    }

    private List<Long> suggested(long caseId) {
        return users.as(therapist.username(), () -> library.suggestedFor(caseId)).stream()
                .map(ExerciseDefinition::id).toList();
    }

    @Test
    void a_tagged_exercise_is_suggested_for_its_lens_and_stages_only() {
        var narrative = own(therapist, "Naming the visitor", 2, Set.of(Lens.NARRATIVE), Set.of(3));
        var connection = own(therapist, "Two-way listening", 2, Set.of(Lens.CONNECTION), Set.of());
        var untagged = own(therapist, "Plain walk", 2, Set.of(), Set.of());
        assertThat(narrative.lenses()).containsExactly(Lens.NARRATIVE);
        assertThat(narrative.stages()).containsExactly(3);

        // Stage 1: none of them yet.
        assertThat(suggested(caseId)).doesNotContain(narrative.id(), connection.id(), untagged.id());
        caseProvisioning.recordStageChange(caseId, 2, "Resources", LocalDate.now());
        assertThat(suggested(caseId)).contains(narrative.id()).doesNotContain(connection.id(), untagged.id());
        caseProvisioning.recordStageChange(caseId, 3, "Vision", LocalDate.now());
        assertThat(suggested(caseId)).contains(narrative.id()).doesNotContain(connection.id(), untagged.id());
        caseProvisioning.recordStageChange(caseId, 4, "Exceptions", LocalDate.now());
        assertThat(suggested(caseId)).doesNotContain(narrative.id(), connection.id(), untagged.id());

        long other = data.enrolledCase(therapist, Lens.CONNECTION, 9, data.client("Other Lens Client"));
        caseProvisioning.recordStageChange(other, 2, "Resources", LocalDate.now());
        assertThat(suggested(other)).contains(connection.id()).doesNotContain(narrative.id(), untagged.id());
        // Not enrolled: nothing to suggest.
        assertThat(suggested(data.unenrolledCase(therapist, data.client("Waiting Client")))).isEmpty();
    }

    @Test
    void only_the_author_tags_their_exercise_and_only_the_treating_therapist_asks_for_suggestions() {
        var mineToTag = own(therapist, "Image of us", 1, Set.of(), Set.of());
        Person colleague = data.therapist();
        var retag = new ExerciseDraft("Image of us", 1, "Do this.", false,
                List.of(new ExerciseDraft.FieldDraft("What happened", FieldKind.TEXT, null, null, null, true)),
                Set.of(Lens.RELATIONSHIP_IMAGES), Set.of(2));
        assertThatThrownBy(() -> users.as(colleague.username(),
                () -> library.update(mineToTag.id(), retag, mineToTag.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(therapist.username(), () -> library.exercise(mineToTag.id())).lenses()).isEmpty();
        // Framework exercises are not the practice's to tag.
        long framework = catalog.byCode(HOPE_QUESTIONS).id();
        assertThatThrownBy(() -> users.as(therapist.username(), () -> library.update(framework, retag, 0)))
                .isInstanceOf(AccessDeniedException.class);

        var tagged = users.as(therapist.username(), () -> library.update(mineToTag.id(), retag, mineToTag.version()));
        assertThat(tagged.lenses()).containsExactly(Lens.RELATIONSHIP_IMAGES);
        assertThat(tagged.stages()).containsExactly(2);
        assertThat(tagged.version()).isGreaterThan(mineToTag.version());

        assertThatThrownBy(() -> users.as(colleague.username(), () -> library.suggestedFor(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(client.username(), () -> library.suggestedFor(caseId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_stage_tag_outside_one_to_six_is_refused() {
        assertThatThrownBy(() -> own(therapist, "Too far", 2, Set.of(Lens.NARRATIVE), Set.of(7)))
                .isInstanceOf(ValidationProblem.class);
    }
}
