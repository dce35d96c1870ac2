package app.tether.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The side navigation comes from the views' {@code @Menu} annotations, filtered by who may open them. */
@IntegrationTest
class NavigationBrowserlessTest extends SpringBrowserlessTest {

    private record Item(String label, String path, String icon) {
    }

    private List<Item> menu() {
        return $(SideNavItem.class).all().stream()
                .map(i -> new Item(i.getLabel(), i.getPath(), ((Icon) i.getPrefixComponent()).getElement()
                        .getAttribute("icon")))
                .toList();
    }

    @Test
    @WithUserDetails("therapist")
    void a_therapist_sees_the_caseload_review_today_week_exercises_and_password() {
        navigate("password", com.vaadin.flow.component.Component.class);
        assertThat(menu()).containsExactly(
                new Item("My caseload", "caseload", "vaadin:home"),
                new Item("Waiting for review", "review", "vaadin:inbox"),
                new Item("Today’s sessions", "sessions/today", "vaadin:calendar-clock"),
                new Item("Week", "appointments/week", "vaadin:calendar"),
                new Item("Exercise library", "exercises", "vaadin:book"),
                new Item("Password and language", "password", "vaadin:key"));
        assertThat($(SideNav.class).single().getLabel()).isEqualTo("Main menu");
    }

    @Test
    @WithUserDetails("chen.jing")
    void a_client_sees_homework_moments_scale_programme_letters_and_password() {
        navigate("password", com.vaadin.flow.component.Component.class);
        assertThat(menu()).containsExactly(
                new Item("My homework", "my-homework", "vaadin:clipboard-check"),
                new Item("My better moments", "my-exceptions", "vaadin:sun-o"),
                new Item("Rate today", "my-scale", "vaadin:chart-line"),
                new Item("My programme", "my-programme", "vaadin:road"),
                new Item("Letters", "my-letters", "vaadin:envelope-open"),
                new Item("Password and language", "password", "vaadin:key"));
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_sees_accounts_cases_audit_and_password() {
        navigate("password", com.vaadin.flow.component.Component.class);
        assertThat(menu()).containsExactly(
                new Item("Accounts", "admin/accounts", "vaadin:user-card"),
                new Item("Cases and therapists", "admin/cases", "vaadin:connect"),
                new Item("Audit trail", "admin/audit", "vaadin:records"),
                new Item("Password and language", "password", "vaadin:key"));
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_in_sees_no_menu() {
        assertThat($(SideNavItem.class).all()).isEmpty();
    }
}
