package app.tether.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.homework.AssignRequest;
import app.tether.homework.HomeworkService;
import app.tether.homework.MyHomeworkService;
import app.tether.programme.FrameworkCatalog;
import app.tether.programme.FrameworkExercises;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Value Ranking: the focus value is chosen from the list the client is ranking on the same page, as
 * one choice (radio buttons, not tick boxes).
 */
@IntegrationTest
class ValueRankingPickBrowserlessTest extends SpringBrowserlessTest {

    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired FrameworkCatalog catalog;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    long assignmentId;

    @BeforeEach
    void setUp() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        Person therapist = data.therapist();
        Person client = data.client("Wen Bo");
        long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 16, client);
        long ranking = catalog.byCode(FrameworkExercises.VALUE_RANKING).id();
        assignmentId = new TestUsers(userDetails).as(therapist.username(), () -> homework.assign(
                new AssignRequest(caseId, List.of(ranking), List.of(client.id()), null, null)).getFirst().id());
        var user = userDetails.loadUserByUsername(client.username());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private TextField entry(int n) {
        return $(TextField.class).withAriaLabel("Entry " + n).single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> focus() {
        return $(RadioButtonGroup.class).withLabel("The value I will focus on next week").single();
    }

    @Test
    void the_focus_choices_follow_the_ranked_list_and_the_choice_is_sent() {
        HomeworkAnswerView view = navigate("homework/" + assignmentId, HomeworkAnswerView.class);
        assertThat(focus().getListDataView().getItems()).isEmpty();
        assertThat($(CheckboxGroup.class).withLabel("The value I will focus on next week").all()).isEmpty();
        List<String> values = List.of("Honesty", "Warmth", "Safety", "Fun", "Respect");
        for (int i = 0; i < values.size(); i++) {
            test(entry(i + 1)).setValue(values.get(i));
        }
        assertThat(focus().getListDataView().getItems()).containsExactlyElementsOf(values);
        test(focus()).selectItem("Warmth");
        // Renaming an entry that was not chosen keeps the choice; the list is the only source of choices.
        test(entry(4)).setValue("Play");
        assertThat(focus().getListDataView().getItems()).contains("Play").doesNotContain("Fun");
        assertThat(focus().getValue()).isEqualTo("Warmth");

        test($(TextArea.class).id("field-why")).setValue("We miss it most after the silences.");
        test($(TextArea.class).id("field-act")).setValue("Tea for both of us every evening.");
        test(view.submit).click();
        var sent = mine.open(assignmentId).submissions().getLast().answers();
        assertThat(sent.first("focus")).isEqualTo("Warmth");
        assertThat(sent.of("values")).containsExactly("Honesty", "Warmth", "Safety", "Play", "Respect");

        // Opened again, the draft shows the same choices with the same one chosen.
        navigate("homework/" + assignmentId, HomeworkAnswerView.class);
        assertThat(focus().getListDataView().getItems()).contains("Warmth", "Play");
        assertThat(focus().getValue()).isEqualTo("Warmth");
    }
}
