package app.tether.scales.ui;

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
class ScaleViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired CaseloadService caseload;
    @Autowired UserDetailsService userDetails;

    @Test
    @WithUserDetails("zhou.ting")
    void rating_without_a_number_asks_for_one_then_saves_and_shows_the_trend() {
        MyScaleView view = navigate(MyScaleView.class);
        view.value.clear();
        test(view.note).setValue("A calm day");
        test(view.save).click();
        assertThat(view.value.isInvalid()).isTrue();
        assertThat(view.value.getErrorMessage()).isEqualTo("Choose a number from 1 to 10.");
        assertThat(view.note.getValue()).isEqualTo("A calm day");
        view.value.setValue(6);
        test(view.save).click();
        assertThat(view.value.isInvalid()).isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("Zhou Ting: first 2, latest 6");
    }

    @Test
    @WithUserDetails("therapist")
    void the_case_scale_shows_figures_chart_and_table() {
        long chen = new TestUsers(userDetails).as("therapist", () -> caseload.myCaseload().stream()
                .filter(c -> c.title().equals("Chen Jing")).findFirst().map(CaseSummary::caseId).orElseThrow());
        CaseScaleView view = navigate("cases/" + chen + "/scale", CaseScaleView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Latest", "Change since the start", "+5");
        assertThat(view.chart.getElement().toString()).contains("polyline");
        view.low.setValue(8);
        view.high.setValue(6);
        test(view.saveTarget).click();
        assertThat(view.high.isInvalid()).isTrue();
    }
}
