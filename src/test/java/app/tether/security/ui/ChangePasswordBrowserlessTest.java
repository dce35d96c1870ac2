package app.tether.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.security.AccountService;
import app.tether.security.AccountSummary;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ChangePasswordBrowserlessTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired UserDetailsService userDetails;

    @Test
    @WithUserDetails("jonas.weber")
    void after_a_reset_every_page_leads_to_the_password_page_until_a_new_one_is_chosen() {
        var admin = new TestUsers(userDetails);
        long jonas = admin.as("admin", () -> accounts.listAccounts().stream()
                .filter(a -> a.username().equals("jonas.weber")).findFirst().map(AccountSummary::id).orElseThrow());
        String temp = admin.as("admin", () -> accounts.resetPassword(jonas));

        ChangePasswordView view = navigate("my-homework", ChangePasswordView.class);
        assertThat(view.getElement().getTextRecursively()).contains("temporary password");
        test(view.current).setValue("not it");
        test(view.fresh).setValue("a calm green meadow");
        test(view.repeat).setValue("a calm green meadow");
        test(view.save).click();
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("That is not your current password.");
        assertThat(view.fresh.getValue()).isEqualTo("a calm green meadow");

        test(view.current).setValue(temp);
        test(view.save).click();
        assertThat(accounts.mustChangePassword()).isFalse();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("MyHomeworkView");
    }
}
