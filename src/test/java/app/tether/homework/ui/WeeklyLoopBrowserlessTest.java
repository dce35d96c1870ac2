package app.tether.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.homework.Answers;
import app.tether.homework.AssignRequest;
import app.tether.homework.AssignmentSummary;
import app.tether.homework.HomeworkProvisioning;
import app.tether.homework.HomeworkService;
import app.tether.homework.MyHomeworkService;
import app.tether.programme.FrameworkCatalog;
import app.tether.programme.FrameworkExercises;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The weekly loop on screen with a fixed clock (decision record 034): the Feedback Loop opens with the
 * week's committed actions and takes answers per action; the next week's Commitment starts from the
 * adjustments under the focus value; My programme shows the focus value; the therapist reads the timeline.
 */
@IntegrationTest
class WeeklyLoopBrowserlessTest extends SpringBrowserlessTest {

    static final Instant WEDNESDAY = Instant.parse("2026-11-04T12:00:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired HomeworkProvisioning provisioning;
    @Autowired FrameworkCatalog catalog;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired TestClock clock;

    TestUsers users;
    Person therapist;
    Person client;
    long caseId;
    long feedback;

    @BeforeEach
    void setUp() {
        clock.set(WEDNESDAY);
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        client = data.client("Mei Loop");
        caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 30, client);
        long menu = assign(FrameworkExercises.ACTION_MENU);
        provisioning.submit(menu, answers("actions", List.of("Cook together on Saturday", "Phone in the hall at dinner",
                "A walk after dinner", "Hug when he comes home", "Coffee by the window", "Say thank you",
                "Plan the weekend on Thursday", "Ask about his day", "Market on Saturday", "A message when late")),
                WEDNESDAY.minus(Duration.ofDays(2)));
        long ranking = assign(FrameworkExercises.VALUE_RANKING);
        provisioning.submit(ranking, answers("values", List.of("Connection", "Safety", "Honesty", "Fun", "Growth"),
                "focus", "Connection", "why", "It is what we lose first.", "act", "Cook together once a week"),
                WEDNESDAY.minus(Duration.ofDays(2)));
        long commitment = assign(FrameworkExercises.COMMITMENT_EXPERIMENT);
        feedback = assign(FrameworkExercises.FEEDBACK_LOOP);
        users.as(client.username(), () -> mine.submit(commitment, answers("chosen",
                List.of("Cook together on Saturday", "Phone in the hall at dinner"),
                "try1", "Dumplings on Saturday, planned on Thursday", "learn1", "Whether the calm lasts",
                "knowLearned1", "If I do not check my phone", "try2", "Phone in the hall from 7 to 8",
                "learn2", "What the worry does", "knowLearned2", "If it passes on its own"),
                mine.open(commitment).summary().version()));
        TestUsers.signIn(userDetails, client.username());
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private long assign(String code) {
        long exercise = catalog.byCode(code).id();
        return users.as(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(exercise), List.of(client.id()), null, null))).getFirst().id();
    }

    private static Answers answers(Object... keyValues) {
        return app.tether.homework.TestAnswers.of(keyValues);
    }

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    private void write(String key, String value) {
        test($(TextArea.class).id("field-" + key)).setValue(value);
    }

    private void sendFeedback() {
        HomeworkAnswerView view = navigate("homework/" + feedback, HomeworkAnswerView.class);
        assertThat(text("loop-intro")).contains("week of", "Cook together on Saturday",
                "Dumplings on Saturday, planned on Thursday", "Phone in the hall at dinner", "What the worry does");
        // The week's actions are filled in; nothing is saved until the client writes.
        assertThat($(TextField.class).withAriaLabel("Entry 1").single().getValue()).isEqualTo("Cook together on Saturday");
        assertThat($(TextField.class).withAriaLabel("Entry 2").single().getValue()).isEqualTo("Phone in the hall at dinner");
        // Each question names the action it is about.
        assertThat($(TextArea.class).id("field-happened1").getLabel())
                .isEqualTo("Cook together on Saturday: what happened");
        assertThat($(TextArea.class).id("field-adjust2").getLabel())
                .isEqualTo("Phone in the hall at dinner: what I will adjust next week");
        write("happened1", "Dumplings, and we laughed at the shapes");
        write("learned1", "Side by side is easier than face to face");
        write("adjust1", "He chooses the dish next time");
        write("happened2", "Two evenings out of three");
        write("learned2", "The worry fades after ten minutes");
        write("adjust2", "A book where the phone was");
        test(view.submit).click();
        var sent = mine.open(feedback).submissions().getLast().answers();
        assertThat(sent.of("actions")).containsExactly("Cook together on Saturday", "Phone in the hall at dinner");
        assertThat(sent.first("adjust1")).isEqualTo("He chooses the dish next time");
        assertThat(sent.first("happened2")).isEqualTo("Two evenings out of three");
    }

    @Test
    void the_feedback_loop_opens_with_the_weeks_actions_and_saves_an_answer_per_action() {
        sendFeedback();
    }

    @Test
    @SuppressWarnings("unchecked")
    void next_weeks_commitment_starts_from_the_adjustments_under_the_focus_value() {
        sendFeedback();
        clock.advance(Duration.ofDays(7));
        AssignmentSummary next = mine.myHomework().dueSoon().stream()
                .filter(a -> FrameworkExercises.COMMITMENT_EXPERIMENT.equals(a.exerciseCode())).findFirst().orElseThrow();
        assertThat(next.weekOf()).isEqualTo(MONDAY.plusDays(7));
        HomeworkAnswerView view = navigate("homework/" + next.id(), HomeworkAnswerView.class);
        assertThat(text("loop-focus")).contains("Your focus value: Connection", "Cook together once a week");
        assertThat(text("loop-intro")).contains("Where last week left you", "He chooses the dish next time",
                "A book where the phone was");
        CheckboxGroup<String> chosen = $(CheckboxGroup.class)
                .withLabel("The one or two actions I will try this week").single();
        assertThat(chosen.getValue()).containsExactlyInAnyOrder("Cook together on Saturday", "Phone in the hall at dinner");
        assertThat($(TextArea.class).id("field-try1").getValue()).isEqualTo("He chooses the dish next time");
        assertThat($(TextArea.class).id("field-try2").getValue()).isEqualTo("A book where the phone was");
        write("learn1", "If it still feels easy");
        write("knowLearned1", "If we plan it without fuss");
        write("learn2", "If reading helps");
        write("knowLearned2", "If I finish a chapter");
        test(view.submit).click();
        var sent = mine.open(next.id()).submissions().getLast().answers();
        assertThat(sent.first("try1")).isEqualTo("He chooses the dish next time");
        assertThat(sent.of("chosen")).hasSize(2);
    }

    @Test
    void my_programme_shows_the_focus_value_and_the_therapist_sees_the_timeline() {
        sendFeedback();
        navigate(MyProgrammeView.class);
        assertThat(text("loop-focus")).contains("Your focus value: Connection");
        assertThat(text("my-loop")).contains("Your weekly loop", "Cook together on Saturday", "He chooses the dish");

        TestUsers.signIn(userDetails, therapist.username());
        UI.getCurrent().navigate("cases/" + caseId);
        navigate("cases/" + caseId + "/homework", CaseHomeworkView.class);
        assertThat(text("loop-timelines")).contains("The weekly loop", "Mei Loop", "Week of",
                "Dumplings on Saturday, planned on Thursday", "Dumplings, and we laughed at the shapes",
                "Side by side is easier than face to face", "He chooses the dish next time");
    }

    @Test
    void a_missed_week_shows_in_the_therapists_timeline_and_the_table_scrolls_by_keyboard() {
        clock.advance(Duration.ofDays(7));
        users.as(client.username(), () -> mine.myHomework()); // week 2 opens; nothing is sent
        clock.advance(Duration.ofDays(7));
        var third = users.as(client.username(), () -> mine.myHomework()).dueSoon().stream()
                .filter(a -> FrameworkExercises.COMMITMENT_EXPERIMENT.equals(a.exerciseCode())).findFirst().orElseThrow();
        provisioning.submit(third.id(), answers("chosen", List.of("Say thank you"), "try1", "Thank him for dinner"),
                clock.instant());

        TestUsers.signIn(userDetails, therapist.username());
        UI.getCurrent().navigate("cases/" + caseId);
        navigate("cases/" + caseId + "/homework", CaseHomeworkView.class);
        assertThat(text("loop-timelines")).contains("Nothing sent this week", "Thank him for dinner");
        var panel = $(Div.class).id("loop-timelines").getElement();
        var scroll = descendants(panel).filter(e -> e.getClassList().contains("loop-table-scroll")).findFirst().orElseThrow();
        assertThat(scroll.getAttribute("tabindex")).isEqualTo("0");
        assertThat(scroll.getAttribute("role")).isEqualTo("region");
        assertThat(scroll.getAttribute("aria-label")).contains("Mei Loop");
        // One body per week, so each week's header heads only its own rows.
        assertThat(descendants(scroll).filter(e -> "tbody".equals(e.getTag()))).hasSize(3);
    }

    private static java.util.stream.Stream<com.vaadin.flow.dom.Element> descendants(com.vaadin.flow.dom.Element e) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(e),
                e.getChildren().filter(c -> !c.isTextNode()).flatMap(c -> descendants(c)));
    }
}
