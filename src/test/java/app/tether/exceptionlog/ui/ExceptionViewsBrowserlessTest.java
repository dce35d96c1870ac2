package app.tether.exceptionlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ExceptionViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired CaseloadService caseload;
    @Autowired UserDetailsService userDetails;

    @Test
    @WithUserDetails("liu.jia")
    void saving_with_every_prompt_empty_says_so_and_keeps_the_tags_and_time() {
        MyExceptionsView view = navigate(MyExceptionsView.class);
        var when = view.when.getValue();
        view.tags.setValue(java.util.Set.of("evening"));
        test(view.save).click();
        assertThat(view.prompts.getFirst().isInvalid()).isTrue();
        assertThat(view.prompts.getFirst().getErrorMessage()).isEqualTo("Write something in at least one of the five prompts.");
        assertThat(view.tags.getValue()).containsExactly("evening");
        assertThat(view.when.getValue()).isEqualTo(when);
        assertThat(view.getElement().getTextRecursively()).contains("plans announced");
    }

    @Test
    @WithUserDetails("therapist")
    void the_review_shows_both_partners_and_filters_narrow_the_count() {
        long couple = new TestUsers(userDetails).as("therapist", () -> caseload.myCaseload().stream()
                .filter(c -> c.title().equals("Zhao Lei & Zhou Ting")).findFirst().map(CaseSummary::caseId).orElseThrow());
        CaseExceptionsView view = navigate("cases/" + couple + "/exceptions", CaseExceptionsView.class);
        assertThat(view.count.getText()).isEqualTo("14 entries");
        test(view.text).setValue("jasmine");
        assertThat(view.count.getText()).isEqualTo("2 entries");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("patterns").getElement().getTextRecursively())
                .contains("kind gesture", "Conditions that come together");
    }
}
