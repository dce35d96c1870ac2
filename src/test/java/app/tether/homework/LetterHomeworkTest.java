package app.tether.homework;

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
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.ExerciseDraft;
import app.tether.programme.ExerciseLibraryService;
import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import app.tether.programme.FrameworkCatalog;
import app.tether.programme.LetterExercises;
import app.tether.reports.PdfText;
import app.tether.security.AccountProvisioning;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Letters as homework (decision record 035): the LETTER answer kind (salutation, body, closing; plain text,
 * a generous limit), the three built-in letters in the library, the client's own PDF, and the review,
 * summary and export reading it as written.
 */
@IntegrationTest
class LetterHomeworkTest {

    static final String BODY = "我想告诉你，那些沉默的晚上我其实一直在。\n\n"
            + "<b>Not bold</b>, ${not.a.variable} &amp; <script>x</script> stay as typed.\n\nA third paragraph.";

    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired LetterHomeworkService letters;
    @Autowired JointAnswerService joint;
    @Autowired ExerciseLibraryService library;
    @Autowired FrameworkCatalog catalog;
    @Autowired CaseloadService caseload;
    @Autowired app.tether.sessions.CaseExportService exports;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    TestData data;
    Person therapist;
    Person writer;
    Person partner;
    long caseId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        writer = data.client("Letter Writer");
        partner = data.client("Letter Partner");
        caseId = data.enrolledCase(therapist, Lens.THERAPEUTIC_LETTERS, 10, writer, partner);
    }

    private long assign(String code, Person client) {
        long id = catalog.byCode(code).id();
        return users.as(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(id), List.of(client.id()), null, null))).getFirst().id();
    }

    private AssignmentDetail send(Person client, long assignmentId, String... entries) {
        return users.as(client.username(), () -> mine.submit(assignmentId,
                new Answers(Map.of(LetterExercises.LETTER_KEY, List.of(entries))), mine.open(assignmentId).summary().version()));
    }

    private static List<String> problems(Runnable r) {
        try {
            r.run();
        } catch (ValidationProblem p) {
            return p.errors().stream().map(ValidationProblem.FieldError::messageKey).toList();
        }
        return List.of();
    }

    @Test
    void the_three_letters_are_in_the_library_suggested_for_the_letters_lens_at_any_stage_and_not_in_a_stage_set() {
        var exercise = catalog.byCode(LetterExercises.FUTURE_SELF);
        assertThat(exercise.builtin()).isTrue();
        assertThat(exercise.fields()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FieldKind.LETTER);
            assertThat(f.maxLength()).isEqualTo(20_000);
            assertThat(f.required()).isTrue();
        });
        for (int stage = 1; stage <= 6; stage++) {
            int s = stage;
            assertThat(users.as(therapist.username(), () -> library.stageSet(s))).as("stage " + s).hasSize(3)
                    .noneMatch(e -> LetterExercises.isLetter(e.code()));
        }
        assertThat(users.as(therapist.username(), () -> library.suggestedFor(caseId))).extracting(ExerciseDefinition::code)
                .contains(LetterExercises.UNSENT, LetterExercises.TO_THE_PROBLEM, LetterExercises.FUTURE_SELF);
        // Given at the case's stage, not the letter's home stage (6).
        int now = users.as(therapist.username(), () -> caseload.caseDetails(caseId)).enrolment().stage().number();
        long futureSelf = catalog.byCode(LetterExercises.FUTURE_SELF).id();
        assertThat(users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId, List.of(futureSelf),
                List.of(writer.id()), null, null))).getFirst().stage()).isEqualTo(now).isNotEqualTo(6);
        long other = data.enrolledCase(therapist, Lens.NARRATIVE, 10, data.client("Narrative Only"));
        assertThat(users.as(therapist.username(), () -> library.suggestedFor(other))).extracting(ExerciseDefinition::code)
                .noneMatch(LetterExercises::isLetter);
    }

    @Test
    void a_letter_needs_its_body_and_keeps_to_its_limits() {
        long a = assign(LetterExercises.TO_THE_PROBLEM, writer);
        assertThat(problems(() -> send(writer, a, "Dear Worry,", "  ", "Me"))).containsExactly("validation.answer.letterBody");
        assertThat(problems(() -> send(writer, a, "Dear Worry,", "x".repeat(20_001))))
                .containsExactly("validation.text.tooLong");
        assertThat(problems(() -> send(writer, a, "y".repeat(201), "Fine"))).containsExactly("validation.answer.letterLine");
        // Twenty thousand characters are fine: a long letter is welcome.
        assertThat(problems(() -> send(writer, a, "", "z".repeat(20_000)))).isEmpty();
    }

    @Test
    void the_letter_is_read_as_written_in_review_summary_and_export_and_printed_for_its_writer_only() {
        long a = assign(LetterExercises.UNSENT, writer);
        assertThatThrownBy(() -> users.as(writer.username(), () -> letters.printMyLetter(a)))
                .isInstanceOf(ValidationProblem.class);
        send(writer, a, "Dear <i>Ting</i>,", BODY, "With love, Lei");

        AssignmentDetail review = users.as(therapist.username(), () -> homework.submission(a));
        LetterAnswer read = LetterAnswer.of(review.submissions().getFirst().answers().of(LetterExercises.LETTER_KEY));
        assertThat(read.salutation()).isEqualTo("Dear <i>Ting</i>,");
        assertThat(read.body()).isEqualTo(BODY);
        assertThat(read.paragraphs()).hasSize(3);
        assertThat(read.closing()).isEqualTo("With love, Lei");

        var line = users.as(therapist.username(), () -> homework.summaryLines(caseId, Instant.now(), Locale.UK)).stream()
                .filter(h -> h.id() == a).findFirst().orElseThrow();
        assertThat(line.keyAnswers()).singleElement().satisfies(k ->
                assertThat(k.value()).startsWith("Dear <i>Ting</i>, 我想告诉你"));

        String csv = homeworkCsv(users.as(therapist.username(), () -> exports.export(caseId)).zip());
        assertThat(csv).contains("Dear <i>Ting</i>,", "${not.a.variable} &amp; <script>x</script>", "With love, Lei");

        app.tether.base.PdfFile file = users.as(writer.username(), () -> letters.printMyLetter(a));
        assertThat(file.fileName()).startsWith("tether-case" + caseId + "-homework" + a + "-letter-")
                .doesNotContain("Writer");
        String text = PdfText.lines(file.pdf()).stream().map(PdfText.Line::text).collect(Collectors.joining())
                .replaceAll("\\s+", "");
        for (String part : List.of("Dear <i>Ting</i>,", "我想告诉你，那些沉默的晚上我其实一直在。",
                "<b>Not bold</b>, ${not.a.variable} &amp; <script>x</script> stay as typed.", "With love, Lei",
                "An unsent letter")) {
            assertThat(text).contains(part.replaceAll("\\s+", ""));
        }
        keep("homework-letter.pdf", file.pdf());

        assertThatThrownBy(() -> users.as(partner.username(), () -> letters.printMyLetter(a)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(partner.username(), () -> mine.open(a)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void therapists_can_give_their_own_exercises_a_letter_prompt() {
        ExerciseDefinition own = users.as(therapist.username(), () -> library.create(new ExerciseDraft(
                "A letter to my younger self", 2, "Write to yourself at fifteen.", false,
                List.of(new ExerciseDraft.FieldDraft("My letter", FieldKind.LETTER, null, null, null, true)))));
        FieldSpec f = own.fields().getFirst();
        assertThat(f.kind()).isEqualTo(FieldKind.LETTER);
        assertThat(f.maxLength()).isEqualTo(FieldSpec.LETTER_MAX_LENGTH);
        assertThat(f.required()).isTrue();
    }

    @Test
    void either_partner_keeps_a_joint_letter_and_its_body_is_authored_line_by_line() {
        long id = catalog.byCode(LetterExercises.UNSENT).id();
        var pair = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId, List.of(id),
                List.of(writer.id(), partner.id()), null, null).joint(List.of(id))));
        long writers = pair.stream().filter(x -> x.clientId() == writer.id()).findFirst().orElseThrow().id();
        long partners = pair.stream().filter(x -> x.clientId() == partner.id()).findFirst().orElseThrow().id();
        var letter = new Answers(Map.of(LetterExercises.LETTER_KEY, List.of("Dear us,", "We began again.", "Us")));
        var saved = users.as(writer.username(), () -> joint.save(writers, letter, joint.open(writers).current().version()));
        assertThatThrownBy(() -> users.as(partner.username(), () -> letters.printMyLetter(writers)))
                .isInstanceOf(ValidationProblem.class);
        users.as(partner.username(), () -> joint.send(partners, saved.version()));

        // From either copy, each partner prints their own.
        assertThat(users.as(partner.username(), () -> letters.printMyLetter(writers)).fileName())
                .contains("-homework" + partners + "-letter-");
        assertThat(users.as(writer.username(), () -> letters.printMyLetter(partners)).fileName())
                .contains("-homework" + writers + "-letter-");
        Person stranger = data.client("Letter Stranger");
        data.enrolledCase(therapist, Lens.THERAPEUTIC_LETTERS, 10, stranger);
        assertThatThrownBy(() -> users.as(stranger.username(), () -> letters.printMyLetter(writers)))
                .isInstanceOf(AccessDeniedException.class);

        FieldSpec spec = catalog.byCode(LetterExercises.UNSENT).fields().getFirst();
        assertThat(JointAuthorship.parts(spec, List.of("Dear us,", "We began again.\n\nYou listened.", "Us")))
                .containsExactly("Dear us,", "We began again.", "You listened.", "Us");
    }

    @Test
    void an_exercise_has_one_letter_prompt_at_most() {
        var letterPrompt = new ExerciseDraft.FieldDraft("A letter", FieldKind.LETTER, null, null, null, true);
        assertThat(problems(() -> users.as(therapist.username(), () -> library.create(new ExerciseDraft(
                "Two letters", 2, "Write twice.", false, List.of(letterPrompt, letterPrompt))))))
                .contains("validation.exercise.oneLetter");
    }

    /** Kept for a person to look at (target/summaries). */
    private static void keep(String name, byte[] pdf) {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "summaries"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "summaries", name), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String homeworkCsv(byte[] zip) {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().contains("homework")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no homework file in the export");
    }
}
