package app.tether.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class AccountsViewBrowserlessTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void a_taken_username_and_an_empty_name_show_messages_and_keep_what_was_typed() {
        AccountsView view = navigate(AccountsView.class);
        test(view.username).setValue("therapist");
        test(view.displayName).setValue("");
        view.role.setValue(Role.THERAPIST);
        test(view.create).click();
        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).contains("“therapist” is already taken");
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).isEqualTo("Enter the person’s full name.");
        assertThat(view.username.getValue()).isEqualTo("therapist");
        assertThat(view.role.getValue()).isEqualTo(Role.THERAPIST);
    }

    @Test
    @WithUserDetails("admin")
    void a_new_account_shows_its_temporary_password_once() {
        AccountsView view = navigate(AccountsView.class);
        String name = "new." + UUID.randomUUID().toString().substring(0, 6);
        test(view.username).setValue(name);
        test(view.displayName).setValue("Qian Yu");
        test(view.create).click();
        assertThat(view.username.isInvalid()).isFalse();
        assertThat(view.username.getValue()).isEmpty();
        assertThat($(ConfirmDialog.class).first().isOpened()).isTrue();
        assertThat($(Span.class).id("temporary-password").getText()).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
    }
}
