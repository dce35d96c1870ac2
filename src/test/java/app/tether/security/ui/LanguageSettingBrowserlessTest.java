package app.tether.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.base.Language;
import app.tether.security.AccountService;
import app.tether.security.NewAccount;
import app.tether.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The language setting on the password page: saved for the person and applied to the screen at once. */
@IntegrationTest
class LanguageSettingBrowserlessTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired UserDetailsService userDetails;

    @Test
    void choosing_chinese_changes_the_screen_and_is_kept() {
        var users = new TestUsers(userDetails);
        String xu = "lang." + UUID.randomUUID().toString().substring(0, 8);
        users.run("admin", () -> accounts.createAccount(new NewAccount(xu, "Xu Wen", Role.CLIENT)));

        users.run(xu, () -> {
            ChangePasswordView view = navigate("password", ChangePasswordView.class);
            assertThat(view.language.getValue()).as("the browser's language until chosen").isEqualTo(Language.ENGLISH);
            assertThat(view.language.getLabel()).isEqualTo("Show Tether in");
            view.language.setValue(Language.SIMPLIFIED_CHINESE);
            test(view.saveLanguage).click();
            assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(UI.getCurrent().getSession().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(accounts.myLanguage()).contains(Language.SIMPLIFIED_CHINESE);

            ChangePasswordView again = navigate("password", ChangePasswordView.class);
            assertThat(again.language.getLabel()).isEqualTo("Tether 的显示语言");
            assertThat(again.language.getValue()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        });
    }
}
