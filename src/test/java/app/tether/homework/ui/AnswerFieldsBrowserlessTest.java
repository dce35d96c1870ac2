package app.tether.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.ui.TextLimit;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.homework.AssignRequest;
import app.tether.homework.HomeworkService;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.ExerciseLibraryService;
import app.tether.programme.FrameworkExercises;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Issue 11 on the homework answer: generous counted limits, errors that go, a message beside the button, a draft marker. */
@IntegrationTest
class AnswerFieldsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired HomeworkService homework;
    @Autowired ExerciseLibraryService library;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    long assignmentId;

    @BeforeEach
    void setUp() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        Person therapist = data.therapist();
        Person client = data.client("Gao Min");
        long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 3, client);
        var users = new TestUsers(userDetails);
        assignmentId = users.as(therapist.username(), () -> {
            long hope = library.library().stream().filter(e -> FrameworkExercises.HOPE_QUESTIONS.equals(e.code()))
                    .map(ExerciseDefinition::id).findFirst().orElseThrow();
            return homework.assign(new AssignRequest(caseId, List.of(hope), List.of(client.id()), null, null))
                    .getFirst().id();
        });
        var user = userDetails.loadUserByUsername(client.username());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_written_answer_may_be_6000_characters_and_shows_its_count() {
        navigate("homework/" + assignmentId, HomeworkAnswerView.class);
        TextArea tonight = $(TextArea.class).id("field-tonight");
        assertThat(tonight.getElement().hasProperty("maxlength")).isFalse();
        assertThat(TextLimit.of(tonight).orElseThrow().countText()).isEqualTo("0 / 6,000");
        test(tonight).setValue("y".repeat(6_001));
        assertThat(tonight.getErrorMessage()).isEqualTo("This is 6,001 characters; the limit is 6,000.");
        assertThat(tonight.getValue()).hasSize(6_001);
    }

    @Test
    void please_answer_this_goes_as_soon_as_the_answer_is_written_and_the_form_says_where_to_look() {
        HomeworkAnswerView view = navigate("homework/" + assignmentId, HomeworkAnswerView.class);
        TextArea tonight = $(TextArea.class).id("field-tonight");
        test(view.submit).click();
        assertThat(tonight.getErrorMessage()).isEqualTo("Please answer this before sending.");
        assertThat(view.formMessage.isVisible()).isTrue();
        assertThat(view.formMessage.getText()).contains("marked in red above");
        assertThat($(Notification.class).all()).isEmpty();
        assertThat(view.submit.isEnabled()).isTrue();

        test(tonight).setValue("We cook dumplings together.");
        assertThat(tonight.isInvalid()).isFalse();
        assertThat(tonight.getErrorMessage()).isNullOrEmpty();
        assertThat(view.formMessage.isVisible()).isFalse();
    }

    @Test
    void my_homework_marks_a_piece_with_typed_but_unsent_answers() {
        navigate("homework/" + assignmentId, HomeworkAnswerView.class);
        test($(TextArea.class).id("field-tonight")).setValue("A walk by the river");
        navigate(MyHomeworkView.class);
        assertThat($(Span.class).all().stream().filter(s -> s.hasClassName("draft-marker")).map(Span::getText))
                .containsExactly("Draft saved, not sent");
    }
}
