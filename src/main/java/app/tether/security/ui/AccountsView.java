package app.tether.security.ui;

import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.NarrowScreens;
import app.tether.base.ui.Notices;
import app.tether.security.AccountService;
import app.tether.security.AccountSummary;
import app.tether.security.CreatedAccount;
import app.tether.security.CurrentUser;
import app.tether.security.NewAccount;
import app.tether.security.Role;
import app.tether.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admin: create accounts, deactivate or reactivate them, reset passwords. */
@Route("admin/accounts")
@RolesAllowed(Roles.ADMIN)
class AccountsView extends Div implements HasDynamicTitle {

    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Grid<AccountSummary> grid = new Grid<>();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final Button create = new Button();
    private final FormErrors errors = new FormErrors(this);

    AccountsView(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        addClassName("page");
        add(new H2(getTranslation("accounts.title")));

        username.setLabel(getTranslation("accounts.username"));
        username.setHelperText(getTranslation("accounts.username.help"));
        app.tether.base.ui.TextLimit.on(username, AccountService.USERNAME_MAX);
        username.setId("new-username");
        displayName.setLabel(getTranslation("accounts.displayName"));
        app.tether.base.ui.TextLimit.on(displayName, AccountService.NAME_MAX);
        displayName.setId("new-display-name");
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(Role.THERAPIST, Role.CLIENT, Role.ADMIN);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.CLIENT);
        create.setText(getTranslation("accounts.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> create());
        create.setDisableOnClick(true);
        errors.bind("username", username).bind("displayName", displayName).bind("role", role);

        var form = new FormLayout(username, displayName, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        var section = new Div(new H3(getTranslation("accounts.new")), form, create);
        section.addClassName("panel");
        add(section);

        grid.addComponentColumn(this::person).setHeader(getTranslation("accounts.person")).setFlexGrow(1)
                .setComparator(AccountSummary::displayName).setSortable(true);
        var roleColumn = grid.addColumn(a -> getTranslation("role." + a.role().name()))
                .setHeader(getTranslation("accounts.role")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions")).setFlexGrow(1);
        NarrowScreens.hideColumnsOnPhones(this, java.util.List.of(roleColumn));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        var list = new Div(new H3(getTranslation("accounts.all")), grid);
        list.addClassName("panel");
        add(list);
        refresh();
    }

    private Div person(AccountSummary a) {
        var name = new Span(a.displayName());
        name.addClassName("cell-title");
        var cell = new Div(name);
        cell.addClassName("cell-stack");
        var sub = new Span(a.username());
        sub.addClassName("muted");
        cell.add(sub);
        if (!a.active()) {
            var pill = new Span(getTranslation("accounts.inactive"));
            pill.addClassNames("pill", "pill-inactive");
            cell.add(pill);
        }
        if (a.temporaryPasswordExpired()) {
            var pill = new Span(getTranslation("accounts.temporaryExpired"));
            pill.addClassNames("pill", "pill-inactive");
            cell.add(pill);
        }
        return cell;
    }

    private HorizontalLayout actions(AccountSummary a) {
        var reset = new Button(getTranslation("accounts.resetPassword"), e -> resetPassword(a));
        reset.addThemeVariants(ButtonVariant.SMALL);
        var row = new HorizontalLayout();
        if (a.id() != currentUser.require().accountId()) {
            var toggle = app.tether.base.ui.SaveOnce.button(getTranslation(a.active() ? "accounts.deactivate"
                    : "accounts.activate"), () -> setActive(a, !a.active()));
            toggle.addThemeVariants(ButtonVariant.SMALL);
            if (a.active()) {
                toggle.addThemeVariants(ButtonVariant.ERROR);
            }
            row.add(toggle);
        }
        row.add(reset);
        row.setSpacing(true);
        row.setWrap(true);
        return row;
    }

    private void create() {
        try {
            CreatedAccount created = accounts.createAccount(
                    new NewAccount(username.getValue(), displayName.getValue(), role.getValue()));
            errors.clear();
            username.clear();
            displayName.clear();
            refresh();
            showPassword(created.account(), created.temporaryPassword());
        } catch (ValidationProblem p) {
            String rest = errors.show(p);
            if (!rest.isEmpty()) {
                Notices.error(rest);
            }
        } finally {
            create.setEnabled(true);
        }
    }

    private void setActive(AccountSummary a, boolean active) {
        try {
            accounts.setActive(a.id(), active);
            Notices.success(getTranslation(active ? "accounts.activated" : "accounts.deactivated", a.displayName()));
            refresh();
        } catch (ValidationProblem p) {
            Notices.error(new FormErrors(this).show(p));
        }
    }

    private void resetPassword(AccountSummary a) {
        var confirm = new ConfirmDialog(getTranslation("accounts.reset.title", a.displayName()),
                getTranslation("accounts.reset.text"), getTranslation("accounts.resetPassword"),
                e -> showPassword(a, accounts.resetPassword(a.id())),
                getTranslation("common.cancel"), e -> { });
        confirm.open();
    }

    private void showPassword(AccountSummary a, String password) {
        var code = new Span(password);
        code.addClassName("temp-password");
        code.setId("temporary-password");
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("accounts.password.title", a.displayName()));
        dialog.setText(new Div(new Paragraph(getTranslation("accounts.password.text", a.username())), code));
        dialog.setConfirmText(getTranslation("common.done"));
        dialog.open();
    }

    private void refresh() {
        grid.setItems(accounts.listAccounts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · " + getTranslation("app.name");
    }
}
