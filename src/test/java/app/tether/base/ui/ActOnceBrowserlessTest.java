package app.tether.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every primary button (save, send, assign, record, create) is disabled by the click itself, so a
 * double click acts once. Walks the forms of each role; nothing is saved.
 */
@IntegrationTest
class ActOnceBrowserlessTest extends SpringBrowserlessTest {

    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        app.tether.TestUsers.signIn(userDetails, username);
    }

    private List<String> primaryButtonsActingMoreThanOnce(String route) {
        UI.getCurrent().navigate(route);
        List<Button> primary = $(Button.class).all().stream()
                .filter(b -> b.getThemeName() != null && b.getThemeName().contains("primary")).toList();
        assertThat(primary).as("primary buttons on " + route).isNotEmpty();
        return primary.stream().filter(b -> !b.isDisableOnClick()).map(b -> route + ": " + b.getText()).toList();
    }

    @Test
    void every_form_of_client_therapist_and_admin_saves_once_per_click() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        Person therapist = data.therapist();
        Person client = data.client("Qin Lu");
        long enrolled = data.enrolledCase(therapist, Lens.CONNECTION, 3, client);
        long fresh = data.unenrolledCase(therapist, data.client("Lin Fang"));

        signIn(client.username());
        var offenders = new java.util.ArrayList<String>();
        for (String route : List.of("my-exceptions", "my-scale", "password")) {
            offenders.addAll(primaryButtonsActingMoreThanOnce(route));
        }
        signIn(therapist.username());
        for (String route : List.of("cases/" + enrolled, "cases/" + fresh, "cases/" + enrolled + "/homework",
                "cases/" + enrolled + "/sessions", "cases/" + enrolled + "/scale", "exercise-editor")) {
            offenders.addAll(primaryButtonsActingMoreThanOnce(route));
        }
        signIn("admin");
        for (String route : List.of("admin/cases", "admin/accounts")) {
            offenders.addAll(primaryButtonsActingMoreThanOnce(route));
        }
        assertThat(offenders).isEmpty();
    }
}
