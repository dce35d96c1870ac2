package app.tether.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import app.tether.shell.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class CaseViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired CaseloadService caseload;
    @Autowired UserDetailsService userDetails;

    /** Chen Jing's case, looked up as her treating therapist whoever runs the test. */
    private long chenJingCaseId() {
        return new TestUsers(userDetails).as("therapist", () -> caseload.myCaseload().stream()
                .filter(c -> c.title().equals("Chen Jing")).findFirst().map(CaseSummary::caseId).orElseThrow());
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("therapist")
    void case_page_shows_people_programme_and_history() {
        CaseView view = navigate("cases/" + chenJingCaseId(), CaseView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Chen Jing");
        assertThat(text(view)).contains("chen.jing", "Identity migration map", "5 · Action Construction",
                "Day 32", "Enrolled at stage 1", "Stage 4 → 5, Action Construction");
    }

    @Test
    @WithUserDetails("therapist")
    void a_stage_change_without_reason_shows_the_message_and_keeps_the_choice() {
        CaseView view = navigate("cases/" + chenJingCaseId(), CaseView.class);
        view.stage.setValue(4);
        view.reason.setValue("   ");
        test(view.changeStageButton).click();
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).isEqualTo("Write a short reason for the change.");
        assertThat(view.stage.getValue()).isEqualTo(4);
        assertThat(text(view)).contains("5 · Action Construction");
    }

    @Test
    @WithUserDetails("therapist2")
    void another_therapist_opening_the_case_url_sees_neither_the_page_nor_the_name() {
        NotFoundView view = navigate("cases/" + chenJingCaseId(), NotFoundView.class);
        assertThat(text(view)).contains("Page not available");
        assertThat(text(view.getUI().orElseThrow())).doesNotContain("Chen Jing");
    }

    @Test
    @WithUserDetails("chen.jing")
    void a_client_cannot_open_the_caseload() {
        NotFoundView view = navigate("caseload", NotFoundView.class);
        assertThat(text(view.getUI().orElseThrow())).doesNotContain("Zhao Lei");
    }
}
