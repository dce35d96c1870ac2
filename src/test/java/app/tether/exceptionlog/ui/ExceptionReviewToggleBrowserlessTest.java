package app.tether.exceptionlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.EntryView;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Rows of the exception review say that they open, and marking one reviewed leaves it open. */
@IntegrationTest
class ExceptionReviewToggleBrowserlessTest extends SpringBrowserlessTest {

    @Autowired ExceptionLogService log;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    long caseId;

    @BeforeEach
    void setUp() {
        var users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        Person therapist = data.therapist();
        Person client = data.client("Rosa Toggle");
        caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 10, client);
        for (String context : List.of("On the bus home", "At the market")) {
            users.run(client.username(), () -> log.save(caseId, null, new EntryInput(LocalDateTime.now().minusHours(2),
                    context, "We laughed about the rain", "It can be easy", "Light", "We still have this",
                    List.of("outdoors"), false), 0));
        }
        UserDetails user = userDetails.loadUserByUsername(therapist.username());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Button toggle(CaseExceptionsView view, int row) {
        return (Button) test(view.grid).getCellComponent(row, "toggle");
    }

    @Test
    void each_row_has_a_show_answers_toggle_that_says_whether_it_is_open() {
        CaseExceptionsView view = navigate("cases/" + caseId + "/exceptions", CaseExceptionsView.class);
        Button closed = toggle(view, 0);
        assertThat(closed.getAriaLabel()).contains("Show answers");
        assertThat(closed.getTooltip().getText()).isEqualTo("Show answers");
        assertThat(closed.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(test(view.grid).getHeaderCell(0)).isEqualTo("Answers");

        test(closed).click();

        EntryView first = test(view.grid).getRow(0);
        assertThat(view.grid.isDetailsVisible(first)).isTrue();
        Button open = toggle(view, 0);
        assertThat(open.getAriaLabel()).contains("Hide answers");
        assertThat(open.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(view.grid.isDetailsVisible(test(view.grid).getRow(1))).isFalse();

        test(open).click();
        assertThat(view.grid.isDetailsVisible(test(view.grid).getRow(0))).isFalse();
    }

    @Test
    void marking_an_open_row_reviewed_keeps_it_open() {
        CaseExceptionsView view = navigate("cases/" + caseId + "/exceptions", CaseExceptionsView.class);
        test(toggle(view, 0)).click();
        long id = test(view.grid).getRow(0).id();

        Component flags = test(view.grid).getCellComponent(0, "flags");
        Checkbox reviewed = flags.getChildren().filter(Checkbox.class::isInstance).map(Checkbox.class::cast)
                .findFirst().orElseThrow();
        test(reviewed).click();

        EntryView after = test(view.grid).getRow(0);
        assertThat(after.id()).isEqualTo(id);
        assertThat(after.reviewed()).isTrue();
        assertThat(view.grid.isDetailsVisible(after)).isTrue();
        assertThat(toggle(view, 0).getElement().getAttribute("aria-expanded")).isEqualTo("true");
    }
}
