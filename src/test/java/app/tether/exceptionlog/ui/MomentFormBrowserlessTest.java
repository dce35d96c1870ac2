package app.tether.exceptionlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.ui.TextLimit;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Issue 11 on the moment form: limits shown, text beyond kept and refused, errors that go, one save per click. */
@IntegrationTest
class MomentFormBrowserlessTest extends SpringBrowserlessTest {

    @Autowired ExceptionLogService log;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    Person client;
    long caseId;

    @BeforeEach
    void setUp() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        client = data.client("Bai Yun");
        caseId = data.enrolledCase(data.therapist(), Lens.CONNECTION, 10, client);
        var user = userDetails.loadUserByUsername(client.username());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private int saved() {
        return new TestUsers(userDetails).as(client.username(), () -> log.myEntries(caseId).size());
    }

    @Test
    void every_prompt_counts_its_characters_against_the_limit_and_the_browser_cuts_nothing() {
        MyExceptionsView view = navigate(MyExceptionsView.class);
        TextArea context = view.prompts.getFirst();
        assertThat(TextLimit.of(context).orElseThrow().countText()).isEqualTo("0 / 4,000");
        assertThat(context.getElement().hasProperty("maxlength")).isFalse();
        test(context).setValue("a".repeat(123));
        assertThat(TextLimit.of(context).orElseThrow().countText()).isEqualTo("123 / 4,000");
        assertThat(context.isInvalid()).isFalse();
    }

    @Test
    void text_beyond_the_limit_stays_on_the_screen_is_refused_with_a_message_and_kept_in_the_draft() {
        MyExceptionsView view = navigate(MyExceptionsView.class);
        TextArea context = view.prompts.getFirst();
        String pasted = "x".repeat(5_000);
        test(context).setValue(pasted);
        assertThat(context.getValue()).hasSize(5_000);
        assertThat(context.isInvalid()).isTrue();
        assertThat(context.getErrorMessage()).isEqualTo("This is 5,000 characters; the limit is 4,000.");
        assertThat(TextLimit.of(context).orElseThrow().countText()).isEqualTo("5,000 / 4,000");

        test(view.save).click();
        assertThat(saved()).isZero();
        assertThat(context.getValue()).isEqualTo(pasted);
        assertThat(context.getErrorMessage()).isEqualTo("This is 5,000 characters; the limit is 4,000.");
        var line = $(Div.class).all().stream().filter(d -> d.hasClassName("form-message")).findFirst().orElseThrow();
        assertThat(line.isVisible()).isTrue();
        assertThat(line.getText()).isEqualTo("Not saved yet: check the fields marked in red above.");
        // The draft note beside the button would contradict the message.
        assertThat(view.status.getText()).isEmpty();
        assertThat($(Notification.class).all()).isEmpty();
        // Nothing typed is lost: the draft keeps all of it until it is shortened.
        assertThat(new TestUsers(userDetails).as(client.username(), () -> log.myDraft(caseId)).context())
                .hasSize(5_000);

        test(context).setValue("x".repeat(4_000));
        assertThat(context.isInvalid()).isFalse();
        assertThat(line.isVisible()).isFalse();
        test(view.save).click();
        assertThat(saved()).isEqualTo(1);
    }

    @Test
    void the_empty_form_message_goes_as_soon_as_any_prompt_is_written() {
        MyExceptionsView view = navigate(MyExceptionsView.class);
        test(view.save).click();
        TextArea context = view.prompts.getFirst();
        assertThat(context.isInvalid()).isTrue();
        assertThat(context.getErrorMessage()).isEqualTo("Write something in at least one of the five prompts.");
        test(view.prompts.get(2)).setValue("I thought: we can do this.");
        assertThat(context.isInvalid()).isFalse();
        assertThat(context.getErrorMessage()).isNullOrEmpty();
    }

    @Test
    void save_is_disabled_by_the_click_itself_and_back_once_the_server_has_answered() {
        MyExceptionsView view = navigate(MyExceptionsView.class);
        assertThat(view.save.isDisableOnClick()).isTrue();
        test(view.prompts.getFirst()).setValue("We laughed at dinner.");
        test(view.save).click();
        assertThat(saved()).isEqualTo(1);
        assertThat(view.save.isEnabled()).isTrue();
        // The emptied form after a save shows no error.
        assertThat(view.prompts).noneMatch(TextArea::isInvalid);
    }
}
