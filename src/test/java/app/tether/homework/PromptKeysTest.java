package app.tether.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestUsers;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.programme.ExerciseDraft;
import app.tether.programme.ExerciseLibraryService;
import app.tether.programme.FieldKind;
import app.tether.security.AccountProvisioning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Answers name only the exercise's own prompts; any other key is refused, however long. */
@IntegrationTest
class PromptKeysTest {

    @Autowired AccountProvisioning accounts;
    @Autowired CaseProvisioning cases;
    @Autowired UserDetailsService userDetails;
    @Autowired ExerciseLibraryService library;
    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService my;

    @Test
    void a_draft_or_a_send_with_a_prompt_the_exercise_lacks_is_refused_and_nothing_is_kept() {
        var users = new TestUsers(userDetails);
        var data = new TestData(accounts, cases);
        var therapist = data.therapist();
        var client = data.client("Keys Client");
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 3, client);
        var exercise = users.as(therapist.username(), () -> library.create(new ExerciseDraft("Keys", 1, "Write.", false,
                List.of(new ExerciseDraft.FieldDraft("One", FieldKind.TEXT, null, null, null, false)))));
        String key = exercise.fields().getFirst().key();
        long id = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId,
                List.of(exercise.id()), List.of(client.id()), null, null))).getFirst().id();
        String c = client.username();
        for (String hostile : new String[] {"no-such-prompt", "k".repeat(500), "<script>"}) {
            assertThatThrownBy(() -> users.run(c, () -> my.saveDraft(id, new Answers(Map.of(hostile, List.of("x"))), null)))
                    .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.hasErrorFor("answers")).isTrue());
            assertThatThrownBy(() -> users.run(c, () -> my.submit(id, new Answers(Map.of(key, List.of("fine"),
                    hostile, List.of("x"))), my.open(id).summary().version())))
                    .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.hasErrorFor("answers")).isTrue());
        }
        assertThat(users.as(c, () -> my.open(id)).submissions()).isEmpty();
        assertThat(users.as(c, () -> my.open(id)).draft().values()).isEmpty();
        // Its own prompt still saves.
        users.run(c, () -> my.saveDraft(id, new Answers(Map.of(key, List.of("kept"))), null));
        assertThat(users.as(c, () -> my.open(id)).draft().first(key)).isEqualTo("kept");
    }
}
