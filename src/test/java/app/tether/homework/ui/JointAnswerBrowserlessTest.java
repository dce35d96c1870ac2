package app.tether.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.homework.Answers;
import app.tether.homework.AssignRequest;
import app.tether.homework.AssignmentSummary;
import app.tether.homework.HomeworkService;
import app.tether.homework.JointAnswerService;
import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import app.tether.programme.FrameworkCatalog;
import app.tether.programme.FrameworkExercises;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Joint exercises on screen (decision 033): the assign form's default, the shared form, the conflict, the review. */
@IntegrationTest
class JointAnswerBrowserlessTest extends SpringBrowserlessTest {

    @Autowired HomeworkService homework;
    @Autowired JointAnswerService joint;
    @Autowired FrameworkCatalog catalog;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired app.tether.base.TestClock clock;

    TestUsers users;
    Person therapist;
    Person lei;
    Person ting;
    long caseId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        lei = data.client("Lei Shared");
        ting = data.client("Ting Shared");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 2, lei, ting);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    private CaseHomeworkView homeworkTab() {
        TestUsers.signIn(userDetails, therapist.username());
        UI.getCurrent().navigate("cases/" + caseId);
        return navigate("cases/" + caseId + "/homework", CaseHomeworkView.class);
    }

    private long assignJointHope() {
        long hope = catalog.byCode(FrameworkExercises.HOPE_QUESTIONS).id();
        return users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId, List.of(hope),
                List.of(lei.id(), ting.id()), null, null).joint(List.of(hope)))).stream()
                .filter(a -> a.clientId() == lei.id()).findFirst().orElseThrow().id();
    }

    @Test
    void hope_questions_and_collaborative_stance_are_joint_by_default_for_a_couple_and_can_be_unticked() {
        CaseHomeworkView view = homeworkTab();
        // The stage-1 set: "joint" applies to its talking-together exercises, ticked.
        assertThat(view.joint.isVisible()).isTrue();
        assertThat(view.joint.getValue()).isTrue();
        assertThat(view.joint.getHelperText()).contains("Hope Questions", "Collaborative Stance");
        view.mode.setValue(CaseHomeworkView.Mode.ONE);
        view.exercise.setValue(view.exercise.getListDataView().getItems()
                .filter(e -> FrameworkExercises.NARRATIVE_LISTENING.equals(e.code())).findFirst().orElseThrow());
        assertThat(view.joint.isVisible()).isTrue();
        assertThat(view.joint.getValue()).isFalse();
        view.exercise.setValue(view.exercise.getListDataView().getItems()
                .filter(e -> FrameworkExercises.HOPE_QUESTIONS.equals(e.code())).findFirst().orElseThrow());
        assertThat(view.joint.getValue()).isTrue();
        test(view.assign).click();
        List<AssignmentSummary> given = users.as(therapist.username(), () -> homework.caseHomework(caseId)).assignments();
        assertThat(given).hasSize(2).allMatch(AssignmentSummary::joint);

        // Unticked: the same exercise is each partner's own again.
        view.mode.setValue(CaseHomeworkView.Mode.ONE);
        view.exercise.setValue(view.exercise.getListDataView().getItems()
                .filter(e -> FrameworkExercises.COLLABORATIVE_STANCE.equals(e.code())).findFirst().orElseThrow());
        view.joint.setValue(false);
        test(view.assign).click();
        given = users.as(therapist.username(), () -> homework.caseHomework(caseId)).assignments();
        assertThat(given.stream().filter(a -> a.title().equals("ex.collaborative-stance.title")))
                .hasSize(2).noneMatch(AssignmentSummary::joint);
        // The joint pair is one row on the tab, under both names.
        assertThat(view.getElement().getTextRecursively()).contains("Lei Shared and Ting Shared · joint");
    }

    @Test
    void the_suggested_stage_set_gives_a_couple_its_talking_together_exercises_as_joint() {
        homeworkTab();
        test($(com.vaadin.flow.component.button.Button.class).id("assign-suggested")).click();
        List<AssignmentSummary> given = users.as(therapist.username(), () -> homework.caseHomework(caseId)).assignments();
        assertThat(given).filteredOn(AssignmentSummary::joint).extracting(AssignmentSummary::title)
                .containsOnly("ex.hope-questions.title", "ex.collaborative-stance.title").hasSize(4);
        assertThat(given).filteredOn(a -> !a.joint()).extracting(AssignmentSummary::title)
                .containsOnly("ex.narrative-listening.title");
    }

    @Test
    void a_partner_writes_and_a_stale_save_shows_the_other_version_beside_their_own_text_and_combines_both() {
        long leiCopy = assignJointHope();
        TestUsers.signIn(userDetails, lei.username());
        HomeworkAnswerView view = navigate("homework/" + leiCopy, HomeworkAnswerView.class);
        JointAnswerPanel panel = view.jointPanel;
        assertThat(panel).isNotNull();
        assertThat(panel.getElement().getTextRecursively()).contains("Only you can read these notes. Ting Shared cannot,"
                + " and neither can your therapist.");
        TextArea tonight = $(TextArea.class).id("field-tonight");
        tonight.setValue("We would eat together");
        test(panel.save).click();
        assertThat(panel.status.getText()).startsWith("Version 1, saved by Lei Shared");

        // Ting saves meanwhile, from her own copy.
        users.as(ting.username(), () -> {
            var seen = joint.open(leiCopy);
            return joint.save(leiCopy, new Answers(Map.of("tonight", List.of("We would eat together\nA short walk"))),
                    seen.current().version());
        });
        TestUsers.signIn(userDetails, lei.username());
        tonight = $(TextArea.class).id("field-tonight");
        tonight.setValue("We would eat together\nNo phones at the table");
        test(panel.save).click();
        assertThat(panel.conflict.isVisible()).isTrue();
        assertThat(panel.conflict.getElement().getTextRecursively())
                .contains("Ting Shared saved the shared answer while you were writing", "A short walk");
        // Own text still on screen and editable.
        assertThat(tonight.getValue()).isEqualTo("We would eat together\nNo phones at the table");
        assertThat(tonight.isReadOnly()).isFalse();

        test($(com.vaadin.flow.component.button.Button.class).id("joint-combine")).click();
        String saved = users.as(lei.username(), () -> joint.open(leiCopy)).current().answers().first("tonight");
        assertThat(saved).isEqualTo("We would eat together\nA short walk\nNo phones at the table");
        assertThat(view.jointPanel.getElement().getTextRecursively()).contains("Version 3, saved by Lei Shared");
    }

    @Test
    void send_saves_what_is_on_screen_first_and_keeps_the_unsaved_private_notes() {
        long leiCopy = assignJointHope();
        TestUsers.signIn(userDetails, lei.username());
        HomeworkAnswerView view = navigate("homework/" + leiCopy, HomeworkAnswerView.class);
        JointAnswerPanel panel = view.jointPanel;
        assertThat(panel.send.isEnabled()).isFalse();
        // Typing is enough to send: nothing has to be saved by hand first.
        test($(TextArea.class).id("field-tonight")).setValue("We would eat together");
        assertThat(panel.send.isEnabled()).isTrue();
        test(panel.save).click();
        test($(TextArea.class).id("field-tonight")).setValue("We would eat together\n\n    and talk, phones away");
        test(panel.notes).setValue("I hope he means it");
        test(panel.send).click();

        var sent = users.as(therapist.username(), () -> homework.submission(leiCopy)).submissions();
        assertThat(sent).singleElement().satisfies(x -> assertThat(x.answers().first("tonight"))
                .isEqualTo("We would eat together\n\n    and talk, phones away"));
        assertThat(panel.notes.getValue()).isEqualTo("I hope he means it");
        assertThat(panel.send.isEnabled()).isFalse();
        assertThat($(TextArea.class).id("field-tonight").getValue()).isEqualTo("We would eat together\n\n    and talk, phones away");
        // The partner sent it meanwhile: a second send is told so, and nothing is sent twice.
        users.as(ting.username(), () -> joint.save(leiCopy, new Answers(Map.of("tonight", List.of("Ting's change"))),
                joint.open(leiCopy).current().version()));
        users.as(ting.username(), () -> joint.send(leiCopy, joint.open(leiCopy).current().version()));
        TestUsers.signIn(userDetails, lei.username());
        test($(TextArea.class).id("field-tonight")).setValue("Lei's later change");
        test(panel.send).click();
        assertThat(panel.conflict.isVisible()).isTrue();
        assertThat($(TextArea.class).id("field-tonight").getValue()).isEqualTo("Lei's later change");
        assertThat(users.as(therapist.username(), () -> homework.submission(leiCopy)).submissions()).hasSize(2);
    }

    @Test
    void a_save_refused_for_no_field_says_why_in_the_forms_message() {
        long leiCopy = assignJointHope();
        TestUsers.signIn(userDetails, lei.username());
        HomeworkAnswerView view = navigate("homework/" + leiCopy, HomeworkAnswerView.class);
        JointAnswerPanel panel = view.jointPanel;
        users.as(ting.username(), () -> {
            var v = joint.save(leiCopy, new Answers(Map.of("tonight", List.of("Tea"))), joint.open(leiCopy).current().version());
            return joint.send(leiCopy, v.version());
        });
        long version = users.as(therapist.username(), () -> homework.submission(leiCopy)).summary().version();
        users.as(therapist.username(), () -> homework.markReviewed(leiCopy, "Thank you both", version));
        TestUsers.signIn(userDetails, lei.username());
        test($(TextArea.class).id("field-tonight")).setValue("Too late");
        test(panel.save).click();
        assertThat(panel.formMessage.isVisible()).isTrue();
        assertThat(panel.formMessage.getText()).contains("already reviewed this homework");
    }

    @Test
    void taking_theirs_keeps_my_text_folded_and_refreshes_who_wrote_what_and_an_older_save_shows_its_date() {
        long leiCopy = assignJointHope();
        TestUsers.signIn(userDetails, lei.username());
        HomeworkAnswerView view = navigate("homework/" + leiCopy, HomeworkAnswerView.class);
        JointAnswerPanel panel = view.jointPanel;
        clock.set(java.time.Instant.now().minus(java.time.Duration.ofDays(2)));
        try {
            users.as(ting.username(), () -> joint.save(leiCopy, new Answers(Map.of("tonight", List.of("A short walk"))),
                    joint.open(leiCopy).current().version()));
        } finally {
            clock.reset();
        }
        TestUsers.signIn(userDetails, lei.username());
        test($(TextArea.class).id("field-tonight")).setValue("Only my line");
        test(panel.save).click();
        assertThat(panel.conflict.getElement().getTextRecursively()).contains("Their version, saved by Ting Shared on ");

        test($(com.vaadin.flow.component.button.Button.class).id("joint-take-theirs")).click();
        assertThat($(TextArea.class).id("field-tonight").getValue()).isEqualTo("A short walk");
        assertThat(panel.discarded.isVisible()).isTrue();
        assertThat(panel.discarded.getElement().getTextRecursively()).contains("Your text (not saved)", "Only my line");
        assertThat(panel.getElement().getTextRecursively()).contains("Every saved version (1)");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("joint-who-wrote").getElement().getTextRecursively())
                .contains("Ting Shared", "A short walk");
    }

    @Test
    void combining_keeps_the_text_as_written_and_respects_each_prompts_kind() {
        var text = new FieldSpec("text", FieldKind.TEXT, "t", null, 1, 1, 2000, null);
        var rating = new FieldSpec("rating", FieldKind.RATING, "r", null, 1, 1, 0, null);
        var one = new FieldSpec("one", FieldKind.LIST, "o", null, 1, 1, 200, null);
        var list = new FieldSpec("list", FieldKind.LIST, "l", null, 1, 3, 200, null);
        var theirs = new Answers(Map.of("text", List.of("First\n\n  indented"), "rating", List.of("7"),
                "one", List.of("Theirs"), "list", List.of("a", "b")));
        var mine = new Answers(Map.of("text", List.of("First\n\n    mine, indented\n\nlast"), "rating", List.of("4"),
                "one", List.of("Mine"), "list", List.of("b", "c", "d")));
        var out = JointAnswerPanel.combine(List.of(text, rating, one, list), theirs, mine);
        assertThat(out.first("text")).isEqualTo("First\n\n  indented\n    mine, indented\n\nlast");
        assertThat(out.of("rating")).containsExactly("7");
        assertThat(out.of("one")).containsExactly("Theirs");
        assertThat(out.of("list")).containsExactly("a", "b", "c");
        // Mine alone where they wrote nothing.
        assertThat(JointAnswerPanel.combine(List.of(rating), Answers.empty(), mine).of("rating")).containsExactly("4");
    }

    @Test
    void the_partners_see_it_as_shared_and_the_therapist_reads_who_wrote_what() {
        long leiCopy = assignJointHope();
        users.as(lei.username(), () -> joint.save(leiCopy, new Answers(Map.of("tonight", List.of("Tea at eight"))),
                joint.open(leiCopy).current().version()));
        users.as(ting.username(), () -> {
            var seen = joint.open(leiCopy);
            var v = joint.save(leiCopy, new Answers(Map.of("tonight", List.of("Tea at eight\nI would smile"))),
                    seen.current().version());
            return joint.send(leiCopy, v.version());
        });

        TestUsers.signIn(userDetails, ting.username());
        MyHomeworkView mine = navigate("my-homework", MyHomeworkView.class);
        assertThat(mine.getElement().getTextRecursively()).contains("Shared with Lei Shared");

        TestUsers.signIn(userDetails, therapist.username());
        ReviewView review = navigate("review/" + leiCopy, ReviewView.class);
        String text = review.getElement().getTextRecursively();
        assertThat(text).contains("Shared answer from Lei Shared and Ting Shared", "Who wrote what", "Tea at eight",
                "I would smile", "Every saved version (2)");
        assertThat(review.getElement().getOuterHTML()).contains("data-author=\"Lei Shared\"", "data-author=\"Ting Shared\"");
    }
}
