package app.tether.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.TestClock;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Lens;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The lens's note for the therapist sits beside the stage guidance and follows the current lens and stage. */
@IntegrationTest
class LensGuidanceBrowserlessTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService userDetails;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired CaseloadService caseload;
    @Autowired TestClock clock;

    @BeforeEach
    void setUp() {
        clock.reset();
    }

    @Test
    void the_note_of_the_current_lens_and_stage_shows_and_changes_with_the_lens() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        Person therapist = data.therapist();
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 10, data.client("Guided Client"));
        caseProvisioning.recordStageChange(caseId, 2, "Resources", LocalDate.now(clock).minusDays(2));
        TestUsers.signIn(userDetails, therapist.username());
        navigate("cases/" + caseId, CaseView.class);
        String guidance = $(Div.class).id("stage-guidance").getElement().getTextRecursively();
        assertThat(guidance).contains("Through the lens: Narrative re-authoring",
                "Resources are the first threads of another story");
        assertThat($(Paragraph.class).id("lens-guidance").getText())
                .startsWith("Resources are the first threads of another story");

        long version = caseload.caseDetails(caseId).version();
        caseload.changeLens(caseId, Lens.CONNECTION, "The couple responds to being moved by each other", version);
        navigate("cases/" + caseId, CaseView.class);
        assertThat($(Paragraph.class).id("lens-guidance").getText())
                .startsWith("Map the client’s growth-fostering relationships");
        assertThat($(Div.class).id("stage-history").getElement().getTextRecursively())
                .contains("The couple responds to being moved by each other");
    }
}
