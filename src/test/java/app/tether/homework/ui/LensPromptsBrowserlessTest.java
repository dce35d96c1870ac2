package app.tether.homework.ui;

import static app.tether.programme.FrameworkExercises.HOPE_QUESTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Lens;
import app.tether.homework.AssignRequest;
import app.tether.homework.AssignmentSummary;
import app.tether.homework.HomeworkService;
import app.tether.homework.MyHomeworkService;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.ExerciseDraft;
import app.tether.programme.ExerciseLibraryService;
import app.tether.programme.FieldKind;
import app.tether.programme.FrameworkCatalog;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The client meets the lens's prompts in the homework form; the therapist reads them and is offered tagged exercises. */
@IntegrationTest
class LensPromptsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService userDetails;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired CaseloadService caseload;
    @Autowired ExerciseLibraryService library;
    @Autowired FrameworkCatalog catalog;
    @Autowired TestClock clock;

    private TestUsers users;
    private Person therapist;
    private Person client;
    private long caseId;
    private TestData data;

    @BeforeEach
    void setUp() {
        clock.reset();
        users = new TestUsers(userDetails);
        data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        client = data.client("Lens Reader");
        caseId = data.enrolledCase(therapist, Lens.RELATIONSHIP_IMAGES, 2, client);
    }

    private AssignmentSummary assignHope() {
        long id = catalog.byCode(HOPE_QUESTIONS).id();
        return users.as(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(id), List.of(client.id()), null, null))).getFirst();
    }

    private String field(String key) {
        return "field-" + key;
    }

    @Test
    void the_client_answers_the_lens_prompts_and_the_therapist_reads_them_under_their_lens() {
        AssignmentSummary a = assignHope();
        String now = Lens.RELATIONSHIP_IMAGES.promptKeys(1).get(0);
        String learned = Lens.RELATIONSHIP_IMAGES.promptKeys(1).get(1);
        TestUsers.signIn(userDetails, client.username());
        HomeworkAnswerView view = navigate("homework/" + a.id(), HomeworkAnswerView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Through your lens (optional)", "Relationship images");
        assertThat($(TextArea.class).id(field(now)).getLabel())
                .startsWith("An image or metaphor for my relationship as it is now");
        assertThat($(TextArea.class).withId(field(Lens.NARRATIVE.promptKeys(1).getFirst())).all()).isEmpty();
        assertThat($(TextArea.class).withId(field(Lens.RELATIONSHIP_IMAGES.promptKeys(3).getFirst())).all()).isEmpty();

        test($(TextArea.class).id("field-tonight")).setValue("Breakfast without phones");
        test($(TextArea.class).id(field(now))).setValue("A boat with one oar each");
        // The second lens prompt stays empty: it is optional.
        test(view.submit).click();
        assertThat(users.as(client.username(), () -> mine.open(a.id())).submissions()).hasSize(1);

        TestUsers.signIn(userDetails, therapist.username());
        navigate("review/" + a.id(), ReviewView.class);
        Div answers = $(Div.class).withClassName("lens-prompts-heading").first();
        assertThat(answers.getElement().getTextRecursively()).isEqualTo("Answered through the lens: Relationship images");
        assertThat($(TextArea.class).id(field(now)).getValue()).isEqualTo("A boat with one oar each");
        assertThat($(TextArea.class).id(field(now)).getLabel()).startsWith("An image or metaphor");
        assertThat($(TextArea.class).withId(field(learned)).all()).isEmpty();
    }

    @Test
    void after_a_lens_change_the_form_asks_the_new_lens_and_the_review_still_names_the_old_one() {
        AssignmentSummary a = assignHope();
        String image = Lens.RELATIONSHIP_IMAGES.promptKeys(1).getFirst();
        TestUsers.signIn(userDetails, client.username());
        HomeworkAnswerView view = navigate("homework/" + a.id(), HomeworkAnswerView.class);
        test($(TextArea.class).id("field-tonight")).setValue("A slow walk");
        test($(TextArea.class).id(field(image))).setValue("Two trees, roots touching");
        test(view.submit).click();

        long version = users.as(therapist.username(), () -> caseload.caseDetails(caseId)).version();
        users.as(therapist.username(), () -> caseload.changeLens(caseId, Lens.THERAPEUTIC_LETTERS,
                "Writing comes easier than talking", version));

        view = navigate("homework/" + a.id(), HomeworkAnswerView.class);
        // The earlier lens's answer stays in the form under its own heading, so nothing written is lost.
        assertThat($(TextArea.class).id(field(image)).getValue()).isEqualTo("Two trees, roots touching");
        assertThat(view.getElement().getTextRecursively()).contains("Answered under an earlier lens: Relationship images");
        TextArea letter = $(TextArea.class).id(field(Lens.THERAPEUTIC_LETTERS.promptKeys(1).getFirst()));
        assertThat(view.getElement().getTextRecursively()).contains("Therapeutic letters");
        test(letter).setValue("Dear you, I want you to know I notice the tea.");
        test(view.submit).click();

        TestUsers.signIn(userDetails, therapist.username());
        ReviewView review = navigate("review/" + a.id(), ReviewView.class);
        assertThat($(Div.class).withClassName("lens-prompts-heading").all().stream()
                .map(d -> d.getElement().getTextRecursively()).toList())
                .containsExactly("Answered through the lens: Relationship images",
                        "Answered through the lens: Therapeutic letters");
        // The first version, sent under the earlier lens, keeps that lens.
        review.version.setValue(users.as(therapist.username(), () -> homework.submission(a.id())).submissions()
                .getLast());
        assertThat($(Div.class).withClassName("lens-prompts-heading").first().getElement().getTextRecursively())
                .isEqualTo("Answered through the lens: Relationship images");
        assertThat($(TextArea.class).id(field(image)).getValue()).isEqualTo("Two trees, roots touching");
    }

    @Test
    void a_draft_written_under_the_earlier_lens_survives_the_change_and_the_next_autosave() {
        AssignmentSummary a = assignHope();
        String image = Lens.RELATIONSHIP_IMAGES.promptKeys(1).getFirst();
        TestUsers.signIn(userDetails, client.username());
        HomeworkAnswerView open = navigate("homework/" + a.id(), HomeworkAnswerView.class);
        test($(TextArea.class).id(field(image))).setValue("Two trees, roots touching");
        assertThat(mine.open(a.id()).draft().first(image)).isEqualTo("Two trees, roots touching");

        long version = users.as(therapist.username(), () -> caseload.caseDetails(caseId)).version();
        users.as(therapist.username(), () -> caseload.changeLens(caseId, Lens.NARRATIVE,
                "The story is where the movement is", version));
        // The form left open during the change still saves.
        test($(TextArea.class).id("field-partner")).setValue("A walk, he said");
        assertThat(open.saveStatus.getText()).startsWith("Saved at");

        HomeworkAnswerView view = navigate("homework/" + a.id(), HomeworkAnswerView.class);
        assertThat(view.getElement().getTextRecursively())
                .contains("Answered under an earlier lens: Relationship images");
        assertThat($(TextArea.class).id(field(image)).getValue()).isEqualTo("Two trees, roots touching");
        // The next autosave, triggered by typing in the exercise's own prompt, keeps the earlier answer.
        test($(TextArea.class).id("field-tonight")).setValue("A slow walk");
        assertThat(view.saveStatus.getText()).startsWith("Saved at");
        var draft = mine.open(a.id()).draft();
        assertThat(draft.first("tonight")).isEqualTo("A slow walk");
        assertThat(draft.first(image)).isEqualTo("Two trees, roots touching");
    }

    @Test
    void the_assign_form_suggests_exercises_tagged_for_the_case_lens_and_stage() {
        ExerciseDefinition tagged = users.as(therapist.username(), () -> library.create(new ExerciseDraft(
                "Drawing us as a landscape", 1, "Draw it.", false,
                List.of(new ExerciseDraft.FieldDraft("What I drew", FieldKind.TEXT, null, null, null, true)),
                Set.of(Lens.RELATIONSHIP_IMAGES), Set.of())));
        ExerciseDefinition otherLens = users.as(therapist.username(), () -> library.create(new ExerciseDraft(
                "Letter to the silence", 1, "Write it.", false,
                List.of(new ExerciseDraft.FieldDraft("The letter", FieldKind.TEXT, null, null, null, true)),
                Set.of(Lens.THERAPEUTIC_LETTERS), Set.of())));
        TestUsers.signIn(userDetails, therapist.username());
        CaseHomeworkView view = navigate("cases/" + caseId + "/homework", CaseHomeworkView.class);
        Div suggestions = $(Div.class).id("lens-suggestions");
        String text = suggestions.getElement().getTextRecursively();
        assertThat(text).contains("Suggested for this lens", "Relationship images at stage 1",
                "Drawing us as a landscape").doesNotContain(otherLens.title());

        Button choose = $(Button.class).withText("Choose Drawing us as a landscape").first();
        test(choose).click();
        assertThat(view.mode.getValue()).isEqualTo(CaseHomeworkView.Mode.ONE);
        assertThat(view.exercise.getValue().id()).isEqualTo(tagged.id());
    }
}
