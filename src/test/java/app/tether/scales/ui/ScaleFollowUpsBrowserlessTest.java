package app.tether.scales.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.scales.RatingRow;
import app.tether.scales.ScaleFollowUp;
import app.tether.scales.ScaleService;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The scaling follow-ups on screen: the client answers and reads them back, the therapist reads them per partner. */
@IntegrationTest
class ScaleFollowUpsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired ScaleService scales;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    Person therapist;
    Person he;
    Person she;
    long caseId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        he = data.client("Han Bo");
        she = data.client("Qin Yu");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 18, he, she);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        app.tether.TestUsers.signIn(userDetails, username);
    }

    /** A new page: navigating to the page already shown would keep its instance (and its earlier user's data). */
    private MyScaleView openMyScale() {
        UI.getCurrent().navigate("my-homework");
        return navigate(MyScaleView.class);
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void the_client_rates_with_follow_ups_and_reads_them_back_and_the_partner_does_not() {
        signIn(he.username());
        MyScaleView view = openMyScale();
        assertThat(view.notLower.getLabel()).isEqualTo("What helps you stay at this number, not lower?");
        assertThat(view.oneHigher.getLabel()).isEqualTo("What would one point higher look like?");
        assertThat(view.answers.isVisible()).isFalse();

        view.value.setValue(4);
        test(view.notLower).setValue("We ate together.\nShe smiled at me.");
        test(view.oneHigher).setValue("x".repeat(ScaleService.FOLLOW_UP_MAX + 1));
        test(view.save).click();
        // Too long: said by the field, the text stays, nothing is saved.
        assertThat(view.oneHigher.isInvalid()).isTrue();
        assertThat(view.oneHigher.getValue()).hasSize(ScaleService.FOLLOW_UP_MAX + 1);
        assertThat(users.as(he.username(), () -> scales.myScale(caseId)).ratings()).isEmpty();

        test(view.oneHigher).setValue("I would ask how her day was.");
        test(view.save).click();
        assertThat(view.oneHigher.isInvalid()).isFalse();
        assertThat(view.answers.isVisible()).isTrue();
        assertThat(text(view.answers)).contains("What I wrote", "What keeps it from being lower", "We ate together.\nShe smiled at me.",
                "One point higher would look like", "I would ask how her day was.", "At home");

        // Coming back the same day: the form holds today's answers.
        MyScaleView again = openMyScale();
        assertThat(again).isNotSameAs(view);
        assertThat(again.value.getValue()).isEqualTo(4);
        assertThat(again.notLower.getValue()).isEqualTo("We ate together.\nShe smiled at me.");
        assertThat(again.oneHigher.getValue()).isEqualTo("I would ask how her day was.");

        signIn(she.username());
        MyScaleView hers = openMyScale();
        assertThat(hers).isNotSameAs(again);
        assertThat(hers.notLower.getValue()).isEmpty();
        assertThat(text(hers)).doesNotContain("We ate together", "how her day was");
    }

    @Test
    void the_therapist_reads_each_partners_follow_ups_beside_their_own_rating() {
        users.run(he.username(), () -> scales.rateToday(caseId, 3, null,
                new ScaleFollowUp("He kept the evening walk.", null)));
        users.run(she.username(), () -> scales.rateToday(caseId, 6, "tired",
                new ScaleFollowUp("Her sister called.", "Breakfast without phones.")));
        signIn(therapist.username());
        CaseScaleView view = navigate("cases/" + caseId + "/scale", CaseScaleView.class);
        var grid = test(view.table);
        assertThat(grid.getHeaderCell(grid.getColumnPosition("followUps"))).isEqualTo("What they said");
        assertThat(grid.size()).isEqualTo(2);
        for (int row = 0; row < grid.size(); row++) {
            RatingRow r = grid.getRow(row);
            // The label ends with its colon; the gap after it is the label’s CSS margin.
            String said = text(grid.getCellComponent(row, "followUps"));
            if (r.clientName().equals("Han Bo")) {
                assertThat(r.value()).isEqualTo(3);
                assertThat(said).isEqualTo("What keeps it from being lower:He kept the evening walk.");
            } else {
                assertThat(r.value()).isEqualTo(6);
                assertThat(said).contains("What keeps it from being lower:Her sister called.",
                        "One point higher would look like:Breakfast without phones.").doesNotContain("evening walk");
            }
        }
    }
}
