package app.tether.homework.ui;

import static app.tether.programme.FrameworkExercises.COPING_LIST;
import static app.tether.programme.FrameworkExercises.HOPE_QUESTIONS;
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
import app.tether.homework.MyHomeworkService;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.FrameworkCatalog;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Duplicates asked about on the Homework tab, the form starting afresh, waiting work first, comments. */
@IntegrationTest
class ReviewingViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired FrameworkCatalog catalog;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired app.tether.caseload.CaseloadService caseload;

    TestUsers users;
    Person therapist;
    Person zhou;
    Person zhao;
    long caseId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        zhou = data.client("Zhou Ting");
        zhao = data.client("Zhao Lei");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 2, zhou, zhao);
        signIn(therapist.username());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private long assign(String code, Person who) {
        return users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId,
                List.of(catalog.byCode(code).id()), List.of(who.id()), null, null))).getFirst().id();
    }

    private void send(long assignmentId, Person who, String answer) {
        var key = users.as(who.username(), () -> mine.open(assignmentId)).fields().getFirst().key();
        List<String> values = key.equals("ways") ? List.of(answer, "Calling my sister", "Cooking") : List.of(answer);
        users.run(who.username(), () -> mine.submit(assignmentId, new Answers(Map.of(key, values)),
                mine.open(assignmentId).summary().version()));
    }

    private List<AssignmentSummary> caseHomework() {
        return users.as(therapist.username(), () -> homework.caseHomework(caseId)).assignments();
    }

    private CaseHomeworkView openHomeworkTab() {
        return navigate("cases/" + caseId + "/homework", CaseHomeworkView.class);
    }

    private void chooseHope(CaseHomeworkView view) {
        view.mode.setValue(CaseHomeworkView.Mode.ONE);
        ExerciseDefinition hope = catalog.byCode(HOPE_QUESTIONS);
        view.exercise.setValue(view.exercise.getListDataView().getItems()
                .filter(e -> e.id() == hope.id()).findFirst().orElseThrow());
        // Joint by default for a couple (decision 033); these tests are about each partner's own copy.
        assertThat(view.joint.getValue()).isTrue();
        view.joint.setValue(false);
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void assigning_what_is_already_open_asks_and_skipping_assigns_the_rest_then_the_form_clears() {
        assign(HOPE_QUESTIONS, zhou);
        CaseHomeworkView view = openHomeworkTab();
        LocalDate proposed = view.dueOn.getValue();
        chooseHope(view);
        view.dueOn.setValue(LocalDate.now().plusDays(10));
        view.note.setValue("Take your time");

        test(view.assign).click();

        ConfirmDialog dialog = $(ConfirmDialog.class).first();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(text(dialog)).contains("Hope Questions is already open for Zhou Ting.",
                "Assign only what is not open yet, or everything again?");
        assertThat(caseHomework()).hasSize(1);

        test(dialog).confirm();

        assertThat(caseHomework()).extracting(AssignmentSummary::clientName).containsExactlyInAnyOrder("Zhou Ting",
                "Zhao Lei");
        assertThat(view.mode.getValue()).isEqualTo(CaseHomeworkView.Mode.STAGE_SET);
        assertThat(view.exercise.getValue()).isNull();
        assertThat(view.note.getValue()).isEmpty();
        assertThat(view.clients.getValue()).hasSize(2);
        assertThat(view.dueOn.getValue()).isEqualTo(proposed);
    }

    @Test
    void confirming_assigns_again_and_cancelling_keeps_the_form() {
        assign(HOPE_QUESTIONS, zhou);
        CaseHomeworkView view = openHomeworkTab();
        chooseHope(view);
        view.clients.setValue(Set.copyOf(view.clients.getListDataView().getItems()
                .filter(c -> c.accountId() == zhou.id()).toList()));
        view.note.setValue("Once more, please");

        test(view.assign).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).first();
        assertThat(text(dialog)).contains("Hope Questions is already open for Zhou Ting.", "Assign again?");
        test(dialog).cancel();
        assertThat(caseHomework()).hasSize(1);
        assertThat(view.note.getValue()).isEqualTo("Once more, please");
        assertThat(view.exercise.getValue()).isNotNull();

        test(view.assign).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(caseHomework()).filteredOn(a -> a.clientId() == zhou.id()).hasSize(2);
        assertThat(view.note.getValue()).isEmpty();
        assertThat(view.exercise.getValue()).isNull();
    }

    @Test
    void the_stage_set_assigned_a_second_time_asks_instead_of_tripling_it() {
        CaseHomeworkView view = openHomeworkTab();
        test(view.assign).click();
        int first = caseHomework().size();
        assertThat(first).isPositive();

        test(view.assign).click();

        ConfirmDialog dialog = $(ConfirmDialog.class).last();
        assertThat(text(dialog)).contains("Relationship Narrative Listening is already open for Zhou Ting.",
                "Relationship Narrative Listening is already open for Zhao Lei.", "Assign them again?");
        // Everything is open already: there is nothing else to assign, so no "only the rest".
        assertThat(dialog.getElement().getProperty("rejectButtonVisible", false)).isFalse();
        test(dialog).cancel();
        assertThat(caseHomework()).hasSize(first);
    }

    @Test
    void sent_work_is_listed_first_on_the_homework_tab() {
        long hope = assign(HOPE_QUESTIONS, zhou);
        assign(COPING_LIST, zhao);
        send(hope, zhou, "Tea together");

        CaseHomeworkView view = openHomeworkTab();

        Div waiting = $(Div.class).id("case-waiting");
        assertThat(text(waiting)).contains("Waiting for your review (1)", "Hope Questions", "Zhou Ting", "Read answers");
        List<Component> panels = view.getChildren().toList();
        assertThat(panels.indexOf(waiting)).isLessThan(panels.indexOf($(Div.class).id("case-homework")));
        assertThat(text($(Div.class).id("case-homework"))).contains("Coping List").doesNotContain("Hope Questions");
    }

    @Test
    void the_waiting_list_shows_each_sent_piece_with_one_link_to_its_review() {
        long hope = assign(HOPE_QUESTIONS, zhou);
        long coping = assign(COPING_LIST, zhao);
        send(coping, zhao, "Walking");
        send(hope, zhou, "Tea together");

        WaitingForReviewView view = navigate("review", WaitingForReviewView.class);

        List<RouterLink> cards = view.list.getChildren().map(RouterLink.class::cast).toList();
        assertThat(cards).extracting(RouterLink::getHref).containsExactly("review/" + coping, "review/" + hope);
        assertThat(text(cards.getFirst())).contains("Coping List", "Zhao Lei · ", "Zhou Ting", "Sent today");
    }

    @Test
    void an_unread_comment_is_edited_on_the_review_page_and_a_read_one_gets_a_new_comment_after_it() {
        long hope = assign(HOPE_QUESTIONS, zhou);
        send(hope, zhou, "Tea together");
        ReviewView view = navigate("review/" + hope, ReviewView.class);
        test(view.comment).setValue("A lovely picture.");
        test(view.markReviewed).click();
        assertThat(text(view)).contains("A lovely picture.", "not read by the client yet");

        test($(Button.class).all().stream().filter(b -> b.getId().orElse("").startsWith("edit-comment-"))
                .findFirst().orElseThrow()).click();
        test(view.commentEditor).setValue("A lovely, concrete picture.");
        test(view.saveEdit).click();
        assertThat(text(view)).contains("A lovely, concrete picture.").doesNotContain("A lovely picture.");

        users.run(zhou.username(), () -> mine.open(hope));
        view = navigate("review/" + hope, ReviewView.class);
        assertThat(text(view)).contains("read by the client");
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("edit-comment-"));
        test(view.newComment).setValue("One more thought: keep the tea.");
        test(view.addComment).click();
        assertThat(text(view)).contains("A lovely, concrete picture.", "One more thought: keep the tea.");
    }

    @Test
    void read_only_answers_show_no_counters_guidance_or_required_markers() {
        long hope = assign(HOPE_QUESTIONS, zhou);
        send(hope, zhou, "Tea together");
        navigate("review/" + hope, ReviewView.class);
        var answers = $(com.vaadin.flow.component.textfield.TextArea.class).all().stream()
                .filter(com.vaadin.flow.component.textfield.TextArea::isReadOnly).toList();
        assertThat(answers).isNotEmpty().allSatisfy(a -> {
            assertThat(a.isRequiredIndicatorVisible()).isFalse();
            assertThat(a.getHelperComponent() == null || !a.getHelperComponent().isVisible()).isTrue();
        });
    }

    @Test
    void a_closed_case_shows_its_notice_first_nothing_waiting_and_open_work_as_not_sent() {
        long open = assign(HOPE_QUESTIONS, zhou);
        long sent = assign(COPING_LIST, zhao);
        send(sent, zhao, "Walking");
        users.run(therapist.username(), () -> caseload.closeCase(caseId, java.time.LocalDate.now(), "Goals reached",
                caseload.caseDetails(caseId).version()));
        CaseHomeworkView view = openHomeworkTab();
        List<Component> parts = view.getChildren().toList();
        // The case frame shows the notice right under the tabs, above the tab's own content.
        assertThat(text($(com.vaadin.flow.component.html.Div.class).id("closed-banner"))).contains("closed on");
        assertThat(parts).noneMatch(c -> c.getId().orElse("").equals("case-waiting"));
        String list = text(parts.stream().filter(c -> c.getId().orElse("").equals("case-homework")).findFirst()
                .orElseThrow());
        assertThat(list).contains("Hope Questions", "Not sent", "Coping List", "Sent, not reviewed yet")
                .doesNotContain("Due ");
        assertThat(open).isNotEqualTo(sent);
    }
}
