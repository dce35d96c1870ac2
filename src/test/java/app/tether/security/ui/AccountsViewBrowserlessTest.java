package app.tether.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.caseload.CaseProvisioning;
import app.tether.security.AccountProvisioning;
import app.tether.security.AccountSummary;
import app.tether.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class AccountsViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;

    private List<AccountSummary> rows(AccountsView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }

    /** The first row's Edit button, as the grid renders it. */
    private Button editButton(AccountsView view) {
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(view.grid).getCellComponent(0, 2);
        return actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> "Edit".equals(b.getText())).findFirst().orElseThrow();
    }

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
    void the_role_starts_empty_and_must_be_chosen() {
        AccountsView view = navigate(AccountsView.class);
        assertThat(view.role.getValue()).isNull();
        assertThat(view.role.isRequiredIndicatorVisible()).isTrue();
        test(view.username).setValue("new." + UUID.randomUUID().toString().substring(0, 6));
        test(view.displayName).setValue("No Role Yet");
        test(view.create).click();
        assertThat(view.role.isInvalid()).isTrue();
        assertThat(view.role.getErrorMessage()).isEqualTo("Choose a role.");
    }

    @Test
    @WithUserDetails("admin")
    void a_new_account_shows_its_password_once_with_copy_and_letter_and_the_form_clears_fully() {
        AccountsView view = navigate(AccountsView.class);
        String name = "new." + UUID.randomUUID().toString().substring(0, 6);
        test(view.username).setValue(name);
        test(view.displayName).setValue("Qian Yu");
        view.role.setValue(Role.THERAPIST);
        test(view.create).click();
        assertThat(view.username.isInvalid()).isFalse();
        assertThat(view.username.getValue()).isEmpty();
        assertThat(view.displayName.getValue()).isEmpty();
        assertThat(view.role.getValue()).isNull();
        assertThat(view.role.isInvalid()).isFalse();
        assertThat($(ConfirmDialog.class).first().isOpened()).isTrue();
        assertThat($(Span.class).id("temporary-password").getText()).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        Button copy = $(Button.class).id("copy-password");
        assertThat(copy.getText()).isEqualTo("Copy");
        assertThat(copy.getElement().getAttribute("aria-label")).isEqualTo("Copy the temporary password");
        test(copy).click(); // runs the clipboard script in the browser; nothing to see on the server
        Anchor letter = $(Anchor.class).id("welcome-letter");
        assertThat(letter.getElement().getTextRecursively()).contains("Print welcome letter");
        assertThat(letter.getHref()).isNotBlank();
    }

    @Test
    @WithUserDetails("admin")
    void the_search_field_narrows_the_list() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        var person = data.client("Searchable " + marker);
        AccountsView view = navigate(AccountsView.class);
        assertThat(rows(view).size()).isGreaterThan(3);
        test(view.search).setValue("searchable " + marker);
        assertThat(rows(view)).extracting(AccountSummary::id).containsExactly(person.id());
        test(view.search).setValue("nobody-" + marker);
        assertThat(rows(view)).isEmpty();
        test(view.search).setValue("");
        assertThat(rows(view).size()).isGreaterThan(3);
    }

    @Test
    @WithUserDetails("admin")
    void the_edit_dialog_saves_name_and_contact_and_shows_field_errors() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        var person = data.client("Edit Me " + UUID.randomUUID().toString().substring(0, 6));
        AccountsView view = navigate(AccountsView.class);
        test(view.search).setValue(person.username());
        test(editButton(view)).click();
        roundTrip();
        AccountsView.EditDialog dialog = view.editDialog;
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.getValue()).isEqualTo(person.displayName());

        test(dialog.email).setValue("not-an-email");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).startsWith("Enter an email address");

        test(dialog.name).setValue("Edited Person");
        test(dialog.email).setValue("edited@example.org");
        test(dialog.phone).setValue("+1 555 0100 22");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        test(view.search).setValue("edited@example.org");
        assertThat(rows(view)).singleElement().satisfies(a -> {
            assertThat(a.displayName()).isEqualTo("Edited Person");
            assertThat(a.phone()).isEqualTo("+1 555 0100 22");
        });
    }

    @Test
    @WithUserDetails("admin")
    void the_edit_dialog_offers_the_two_factor_controls() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        var person = data.therapist();
        AccountsView view = navigate(AccountsView.class);
        test(view.search).setValue(person.username());
        test(editButton(view)).click();
        roundTrip();
        Button require = $(Button.class).id("edit-two-factor-require");
        assertThat(require.getText()).isEqualTo("Require for this account");
        test(require).click();
        assertThat($(Button.class).id("edit-two-factor-require").getText()).isEqualTo("Stop requiring for this account");
        assertThat(rows(view)).singleElement().satisfies(a -> assertThat(a.twoFactorRequired()).isTrue());
        // The dialog now holds the new version: a save after the two-factor change is not stale.
        test(view.editDialog.phone).setValue("020 7946 0000");
        test(view.editDialog.save).click();
        assertThat(view.editDialog.isOpened()).isFalse();
    }
}
