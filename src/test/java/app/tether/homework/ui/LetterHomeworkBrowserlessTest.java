package app.tether.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.homework.AssignRequest;
import app.tether.homework.HomeworkService;
import app.tether.programme.FrameworkCatalog;
import app.tether.programme.LetterExercises;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A letter as homework on screen (decision record 035): written in a letter-shaped form (opening, body,
 * closing), sent, then kept as a PDF; the therapist reads it in review as a page, markup-like text as typed.
 */
@IntegrationTest
class LetterHomeworkBrowserlessTest extends SpringBrowserlessTest {

    @Autowired HomeworkService homework;
    @Autowired app.tether.homework.JointAnswerService joint;
    @Autowired FrameworkCatalog catalog;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired TestClock clock;

    Person therapist;
    Person client;
    long assignmentId;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-04-14T08:00:00Z"));
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        client = data.client("Letter Browserless");
        long caseId = data.enrolledCase(therapist, Lens.THERAPEUTIC_LETTERS, 3, client);
        long id = catalog.byCode(LetterExercises.TO_THE_PROBLEM).id();
        assignmentId = new TestUsers(userDetails).as(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(id), List.of(client.id()), null, null))).getFirst().id();
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void the_client_writes_a_letter_sends_it_and_the_therapist_reads_it_as_a_page() {
        TestUsers.signIn(userDetails, client.username());
        HomeworkAnswerView view = navigate("homework/" + assignmentId, HomeworkAnswerView.class);
        TextField opening = $(TextField.class).id("field-letter-salutation");
        TextArea body = $(TextArea.class).id("field-letter-body");
        TextField closing = $(TextField.class).id("field-letter-closing");
        assertThat(opening.getLabel()).isEqualTo("Opening (optional)");
        assertThat(opening.getPlaceholder()).isEqualTo("Dear …");
        assertThat(body.getLabel()).isEqualTo("Your letter");
        assertThat(body.isRequiredIndicatorVisible()).isTrue();
        assertThat(closing.getLabel()).isEqualTo("Closing (optional)");
        assertThat($(Anchor.class).withId("keep-letter").all()).isEmpty();

        // The body is required; the opening and closing are not.
        test(opening).setValue("Dear Worry,");
        test(view.submit).click();
        assertThat(view.formMessage.isVisible()).isTrue();
        assertThat($(Div.class).id("field-letter").getElement().getTextRecursively())
                .contains("Write the letter itself; the opening and the closing are optional.");

        test(body).setValue("You turn up at night.\n\nYou had <b>less</b> hold on me last Sunday.");
        test(closing).setValue("Not yours, Ming");
        test(view.submit).click();
        assertThat($(Anchor.class).id("keep-letter").getElement().getTextRecursively()).isEqualTo("Keep a copy of my letter (PDF)");

        TestUsers.signIn(userDetails, therapist.username());
        navigate("review/" + assignmentId, ReviewView.class);
        Div page = $(Div.class).withClassName("letter-answer").single();
        assertThat(page.isVisible()).isTrue();
        assertThat($(Paragraph.class).from(page).all()).extracting(Paragraph::getText).containsExactly("Dear Worry,",
                "You turn up at night.", "You had <b>less</b> hold on me last Sunday.", "Not yours, Ming");
        assertThat($(Div.class).withClassName("letter-writing").all()).as("no inputs in review").isEmpty();
    }

    @Test
    void a_joint_letter_says_both_partners_write_it_and_either_keeps_a_copy_once_sent() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        Person wen = data.client("Wen Letter");
        Person kai = data.client("Kai Letter");
        long caseId = data.enrolledCase(therapist, Lens.THERAPEUTIC_LETTERS, 3, wen, kai);
        long id = catalog.byCode(LetterExercises.UNSENT).id();
        var users = new TestUsers(userDetails);
        var pair = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId, List.of(id),
                List.of(wen.id(), kai.id()), null, null).joint(List.of(id))));
        long wens = pair.stream().filter(a -> a.clientId() == wen.id()).findFirst().orElseThrow().id();

        TestUsers.signIn(userDetails, wen.username());
        navigate("homework/" + wens, HomeworkAnswerView.class);
        assertThat($(TextArea.class).id("field-letter-body").getHelperText())
                .contains("You and Kai Letter write this letter together; your therapist reads it too")
                .doesNotContain("Only you");
        assertThat($(Anchor.class).withId("keep-letter").all()).isEmpty();

        var saved = users.as(wen.username(), () -> joint.save(wens, new app.tether.homework.Answers(java.util.Map.of(
                LetterExercises.LETTER_KEY, List.of("Dear us,", "We began again."))), joint.open(wens).current().version()));
        users.as(wen.username(), () -> joint.send(wens, saved.version()));
        navigate("my-homework", com.vaadin.flow.component.Component.class);
        navigate("homework/" + wens, HomeworkAnswerView.class);
        assertThat($(Anchor.class).id("keep-letter").getElement().getTextRecursively())
                .isEqualTo("Keep a copy of my letter (PDF)");
    }
}
