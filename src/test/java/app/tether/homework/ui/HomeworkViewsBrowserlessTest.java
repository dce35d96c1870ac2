package app.tether.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.homework.AssignmentSummary;
import app.tether.homework.CaseHomework;
import app.tether.homework.HomeworkService;
import app.tether.homework.MyHomeworkService;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class HomeworkViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired MyHomeworkService mine;
    @Autowired HomeworkService homework;
    @Autowired CaseloadService caseload;
    @Autowired UserDetailsService userDetails;

    private long caseOf(String title) {
        return new TestUsers(userDetails).as("therapist", () -> caseload.myCaseload().stream()
                .filter(c -> c.title().equals(title)).findFirst().map(CaseSummary::caseId).orElseThrow());
    }

    private AssignmentSummary caseAssignment(String title, Predicate<AssignmentSummary> which) {
        CaseHomework hw = new TestUsers(userDetails).as("therapist", () -> homework.caseHomework(caseOf(title)));
        return hw.assignments().stream().filter(which).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("chen.jing")
    void an_empty_required_answer_gets_a_message_and_typed_text_is_saved_as_a_draft() {
        long id = mine.myHomework().dueSoon().stream().filter(a -> a.title().equals("ex.hope-questions.title"))
                .findFirst().orElseThrow().id();
        HomeworkAnswerView view = navigate("homework/" + id, HomeworkAnswerView.class);
        TextArea tonight = $(TextArea.class).id("field-tonight");
        TextArea partner = $(TextArea.class).id("field-partner");
        test(tonight).setValue("");
        test(partner).setValue("He said a walk after dinner");
        test(view.submit).click();
        assertThat(tonight.isInvalid()).isTrue();
        assertThat(tonight.getErrorMessage()).isEqualTo("Please answer this before sending.");
        assertThat(partner.getValue()).isEqualTo("He said a walk after dinner");
        assertThat(mine.open(id).draft().first("partner")).isEqualTo("He said a walk after dinner");
        assertThat(view.saveStatus.getText()).startsWith("Saved at");
    }

    @Test
    @WithUserDetails("therapist")
    void the_case_homework_page_lists_homework_and_refuses_a_past_due_date() {
        CaseHomeworkView view = navigate("cases/" + caseOf("Liu Jia") + "/homework", CaseHomeworkView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Coping List", "Strength Exploration", "Relationship Narrative Listening", "Read answers");
        view.mode.setValue(CaseHomeworkView.Mode.STAGE_SET);
        view.dueOn.setValue(LocalDate.now().minusDays(1));
        view.note.setValue("Please take your time");
        test(view.assign).click();
        assertThat(view.dueOn.isInvalid()).isTrue();
        assertThat(view.dueOn.getErrorMessage()).isEqualTo("The due date cannot be in the past.");
        assertThat(view.note.getValue()).isEqualTo("Please take your time");
    }

    @Test
    @WithUserDetails("therapist")
    void the_therapist_reads_the_answers_and_marks_them_reviewed_with_a_comment() {
        AssignmentSummary sent = caseAssignment("Liu Jia", a -> a.title().equals("ex.narrative-listening.title"));
        ReviewView view = navigate("review/" + sent.id(), ReviewView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Relationship Narrative Listening",
                "Answers from Liu Jia");
        assertThat($(TextArea.class).all()).extracting(TextArea::getValue)
                .anyMatch(v -> v.contains("A short message before we separate"));
        test(view.comment).setValue("The small ritual is a good idea.");
        test(view.markReviewed).click();
        assertThat(caseAssignment("Liu Jia", a -> a.id() == sent.id()).status().name()).isEqualTo("REVIEWED");
        assertThat(view.getElement().getTextRecursively()).contains("The small ritual is a good idea.");
    }
}
