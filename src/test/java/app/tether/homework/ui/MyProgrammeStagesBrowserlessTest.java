package app.tether.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.base.TestClock;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.caseload.Stage;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The client's programme page at each stage, and after a move back to an earlier one. */
@IntegrationTest
class MyProgrammeStagesBrowserlessTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService userDetails;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired TestClock clock;
    @Autowired app.tether.caseload.CaseloadService caseload;

    private TestData data;
    private Person therapist;

    @BeforeEach
    void setUp() {
        clock.reset();
        data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    /** A client on day 41 who moved forward through the stages, on each stage's usual first day. */
    private Person clientAt(int stage) {
        Person client = data.client("Stage " + stage + " Client");
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 40, client);
        LocalDate start = LocalDate.now().minusDays(40);
        for (int s = 2; s <= stage; s++) {
            caseProvisioning.recordStageChange(caseId, s, "Forward", start.plusDays(Stage.of(s).firstDay() - 1));
        }
        return client;
    }

    @ParameterizedTest(name = "stage {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void the_page_marks_the_clients_stage_with_its_goal_and_usual_days(int stage) {
        signIn(clientAt(stage).username());
        navigate(MyProgrammeView.class);
        Stage s = Stage.of(stage);
        assertThat(text($(Paragraph.class).id("programme-where")))
                .isEqualTo("Day 41 of your programme. You are in stage " + stage + " of 6: " + getTranslation(s.labelKey()) + ".");
        ListItem current = $(ListItem.class).withClassName("current").single();
        assertThat(current.getId()).hasValue("stage-" + stage);
        assertThat(text(current)).contains("You are here", getTranslation("programme.my.stage." + stage + ".goal"),
                s == Stage.CONSOLIDATION_AND_MAINTENANCE ? "Usually from day 36 on"
                        : "Usually days " + s.firstDay() + " to " + s.lastDay());
        assertThat($(Paragraph.class).withId("programme-return").all()).isEmpty();
        assertThat($(ListItem.class).withClassName("current").all()).hasSize(1);
    }

    @Test
    void after_a_move_back_the_page_says_so_kindly_instead_of_the_usual_days() {
        Person client = data.client("Returning Client");
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 30, client);
        LocalDate start = LocalDate.now().minusDays(30);
        caseProvisioning.recordStageChange(caseId, 2, "Forward", start.plusDays(7));
        caseProvisioning.recordStageChange(caseId, 3, "Forward", start.plusDays(14));
        caseProvisioning.recordStageChange(caseId, 4, "Forward", start.plusDays(21));
        caseProvisioning.recordStageChange(caseId, 2, "More resources first", LocalDate.now().minusDays(5));
        signIn(client.username());
        navigate(MyProgrammeView.class);

        assertThat(text($(Paragraph.class).id("programme-where"))).contains("Day 31", "stage 2 of 6");
        assertThat(text($(Paragraph.class).id("programme-return"))).startsWith("5 days ago you came back to stage 2,")
                .contains("not a step backwards");
        ListItem current = $(ListItem.class).withClassName("current").single();
        assertThat(current.getId()).hasValue("stage-2");
        assertThat(text(current)).contains("Back here for 5 days").doesNotContain("Usually days 8 to 14");
        // The other stages keep their usual days.
        assertThat(text($(ListItem.class).id("stage-3"))).contains("Usually days 15 to 21");
    }

    @Test
    void a_move_back_today_reads_today() {
        Person client = data.client("Today Client");
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 20, client);
        caseProvisioning.recordStageChange(caseId, 3, "Forward", LocalDate.now().minusDays(6));
        caseProvisioning.recordStageChange(caseId, 1, "Start afresh", LocalDate.now());
        signIn(client.username());
        navigate(MyProgrammeView.class);
        assertThat(text($(Paragraph.class).id("programme-return"))).startsWith("Today you came back to stage 1,");
        assertThat(text($(ListItem.class).id("stage-1"))).contains("Back here since today")
                .doesNotContain("Usually days 1 to 7");
    }

    @Test
    void a_return_of_one_day_reads_one_day() {
        Person client = data.client("Yesterday Client");
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 20, client);
        caseProvisioning.recordStageChange(caseId, 3, "Forward", LocalDate.now().minusDays(6));
        caseProvisioning.recordStageChange(caseId, 2, "Back a little", LocalDate.now().minusDays(1));
        signIn(client.username());
        navigate(MyProgrammeView.class);
        assertThat(text($(Paragraph.class).id("programme-return"))).startsWith("Yesterday you came back to stage 2,");
        assertThat(text($(ListItem.class).id("stage-2"))).contains("Back here for 1 day");
    }

    @Test
    void forward_again_after_a_return_the_page_says_how_long_the_client_is_in_the_stage() {
        // Sofia and Tomás's shape: back from 5 to 4, then on to 5 again.
        Person client = data.client("Second Pass Client");
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 45, client);
        LocalDate start = LocalDate.now().minusDays(45);
        for (int s = 2; s <= 5; s++) {
            caseProvisioning.recordStageChange(caseId, s, "Forward", start.plusDays(Stage.of(s).firstDay() - 1));
        }
        caseProvisioning.recordStageChange(caseId, 4, "Distance again", LocalDate.now().minusDays(10));
        caseProvisioning.recordStageChange(caseId, 5, "Closer again", LocalDate.now().minusDays(3));
        signIn(client.username());
        navigate(MyProgrammeView.class);
        assertThat($(Paragraph.class).withId("programme-return").all()).isEmpty();
        assertThat(text($(ListItem.class).id("stage-5"))).contains("In this stage for 3 days")
                .doesNotContain("Usually days");
        assertThat(text($(ListItem.class).id("stage-6"))).contains("Usually from day 36 on");
    }

    @Test
    void once_the_work_has_ended_a_return_is_told_in_the_past() {
        Person client = data.client("Closed Client");
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 30, client);
        caseProvisioning.recordStageChange(caseId, 4, "Forward", LocalDate.now().minusDays(20));
        caseProvisioning.recordStageChange(caseId, 3, "Back", LocalDate.now().minusDays(12));
        new app.tether.TestUsers(userDetails).run(therapist.username(), () -> caseload.closeCase(caseId,
                LocalDate.now().minusDays(8), "Finished", caseload.caseDetails(caseId).version()));
        signIn(client.username());
        navigate(MyProgrammeView.class);
        String back = text($(Paragraph.class).id("programme-return"));
        assertThat(back).startsWith("When your work ended, you were back at stage 3,").doesNotContain("ago");
        assertThat(text($(ListItem.class).id("stage-3"))).contains("Back here for the last 5 days of the work")
                .doesNotContain("since", "ago");
    }

    private static String getTranslation(String key) {
        return new app.tether.base.Translator().t(key);
    }

    private void signIn(String username) {
        app.tether.TestUsers.signIn(userDetails, username);
    }
}
