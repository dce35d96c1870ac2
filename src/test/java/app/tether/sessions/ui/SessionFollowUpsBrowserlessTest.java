package app.tether.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.scales.ScaleFollowUp;
import app.tether.security.AccountProvisioning;
import app.tether.sessions.SessionRecord;
import app.tether.sessions.SessionService;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The session form takes what each attending partner said about their rating. Fresh people. */
@IntegrationTest
class SessionFollowUpsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired SessionService sessions;
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
        he = data.client("Tang Wei");
        she = data.client("Bai Lu");
        caseId = data.enrolledCase(therapist, Lens.RELATIONSHIP_IMAGES, 25, he, she);
        var user = userDetails.loadUserByUsername(therapist.username());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_therapist_records_each_partners_follow_ups_with_their_rating() {
        CaseSessionsView view = navigate("cases/" + caseId + "/sessions", CaseSessionsView.class);
        SessionForm form = view.form;
        assertThat(form.notLower.get(he.id()).getLabel()).isEqualTo("Tang Wei: what keeps it from being lower");
        assertThat(form.oneHigher.get(she.id()).getLabel()).isEqualTo("Bai Lu: what one point higher would look like");
        form.heldAt.setValue(LocalDateTime.now().minusHours(1).withSecond(0).withNano(0));

        // What she said without a rating for her has nowhere to go: the form says so and keeps it.
        form.ratings.get(he.id()).setValue(4);
        test(form.notLower.get(he.id())).setValue("He made her tea on Tuesday.");
        test(form.oneHigher.get(he.id())).setValue("Eating together once.");
        test(form.oneHigher.get(she.id())).setValue("A text at lunch.");
        test(view.save).click();
        assertThat(form.ratings.get(she.id()).isInvalid()).isTrue();
        assertThat(form.ratings.get(she.id()).getErrorMessage())
                .isEqualTo("Choose a rating too: what the client said is kept with their rating.");
        assertThat(form.oneHigher.get(she.id()).getValue()).isEqualTo("A text at lunch.");

        form.ratings.get(she.id()).setValue(5);
        test(view.save).click();
        SessionView page = (SessionView) getCurrentView();
        assertThat(page.form.notLower.get(he.id()).getValue()).isEqualTo("He made her tea on Tuesday.");
        assertThat(page.form.oneHigher.get(she.id()).getValue()).isEqualTo("A text at lunch.");
        SessionRecord saved = users.as(therapist.username(), () -> sessions.caseSessions(caseId).getFirst());
        assertThat(saved.followUps()).containsOnly(
                Map.entry(he.id(), new ScaleFollowUp("He made her tea on Tuesday.", "Eating together once.")),
                Map.entry(she.id(), new ScaleFollowUp(null, "A text at lunch.")));

        // An edit keeps the earlier words among the earlier versions.
        test(page.form.notLower.get(he.id())).setValue("");
        test(page.save).click();
        assertThat(users.as(therapist.username(), () -> sessions.session(saved.id())).followUps().get(he.id()))
                .isEqualTo(new ScaleFollowUp(null, "Eating together once."));
        assertThat(page.getElement().getTextRecursively())
                .contains("Tang Wei · What keeps it from being lower: He made her tea on Tuesday.");
    }

    @Test
    void an_absent_partners_follow_ups_are_switched_off_with_their_rating() {
        CaseSessionsView view = navigate("cases/" + caseId + "/sessions", CaseSessionsView.class);
        var bai = view.clients().stream().filter(c -> c.accountId() == she.id()).findFirst().orElseThrow();
        view.form.attendees.setValue(Set.of(bai));
        assertThat(view.form.notLower.get(he.id()).isEnabled()).isFalse();
        assertThat(view.form.oneHigher.get(he.id()).isEnabled()).isFalse();
        assertThat(view.form.notLower.get(she.id()).isEnabled()).isTrue();
    }
}
