package app.tether.security.ui;

import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.NarrowScreens;
import app.tether.base.ui.Notices;
import app.tether.base.ui.PrivateDownload;
import app.tether.security.AccountEdit;
import app.tether.security.AccountService;
import app.tether.security.AccountSummary;
import app.tether.security.CreatedAccount;
import app.tether.security.CurrentUser;
import app.tether.security.NewAccount;
import app.tether.security.Role;
import app.tether.security.Roles;
import app.tether.security.TwoFactorService;
import app.tether.security.WelcomeLetterPdf;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** Admin: create, find and edit accounts, deactivate or reactivate them, reset passwords and two-factor. */
@Route("admin/accounts")
@Menu(title = "nav.accounts", order = 10, icon = "vaadin:user-card")
@RolesAllowed(Roles.ADMIN)
class AccountsView extends Div implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(AccountsView.class);

    private final AccountService accounts;
    private final TwoFactorService twoFactor;
    private final CurrentUser currentUser;
    final Grid<AccountSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final Button create = new Button();
    private final FormErrors errors = new FormErrors(this);
    /** The open edit dialog, for tests. */
    EditDialog editDialog;

    AccountsView(AccountService accounts, TwoFactorService twoFactor, CurrentUser currentUser) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
        addClassName("page");
        add(new H2(getTranslation("accounts.title")));

        username.setLabel(getTranslation("accounts.username"));
        username.setHelperText(getTranslation("accounts.username.help"));
        app.tether.base.ui.TextLimit.on(username, AccountService.USERNAME_MAX);
        username.setId("new-username");
        username.setRequiredIndicatorVisible(true);
        displayName.setLabel(getTranslation("accounts.displayName"));
        app.tether.base.ui.TextLimit.on(displayName, AccountService.NAME_MAX);
        displayName.setId("new-display-name");
        displayName.setRequiredIndicatorVisible(true);
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(Role.THERAPIST, Role.CLIENT, Role.ADMIN);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        // No preset: a role chosen for the last account must not silently carry over to the next.
        role.setPlaceholder(getTranslation("accounts.role.choose"));
        role.setRequiredIndicatorVisible(true);
        role.setId("new-role");
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

        search.setLabel(getTranslation("accounts.search"));
        search.setPlaceholder(getTranslation("accounts.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setId("account-search");
        search.addClassName("account-search");

        grid.addComponentColumn(this::person).setHeader(getTranslation("accounts.person")).setFlexGrow(1)
                .setComparator(AccountSummary::displayName).setSortable(true);
        var roleColumn = grid.addColumn(a -> getTranslation("role." + a.role().name()))
                .setHeader(getTranslation("accounts.role")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions")).setFlexGrow(1);
        NarrowScreens.hideColumnsOnPhones(this, List.of(roleColumn));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("accounts.search.none"));
        var list = new Div(new H3(getTranslation("accounts.all")), search, grid);
        list.addClassName("panel");
        add(list);
        refresh();
    }

    private Div person(AccountSummary a) {
        var name = new Span(a.displayName());
        name.addClassName("cell-title");
        var cell = new Div(name);
        cell.addClassName("cell-stack");
        var sub = new Span(a.id() == me() ? getTranslation("accounts.you", a.username()) : a.username());
        sub.addClassName("muted");
        cell.add(sub);
        String contact = contactLine(a);
        if (!contact.isEmpty()) {
            var c = new Span(contact);
            c.addClassNames("muted", "account-contact");
            cell.add(c);
        }
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

    private static String contactLine(AccountSummary a) {
        return java.util.stream.Stream.of(a.email(), a.phone()).filter(s -> s != null && !s.isBlank())
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    private HorizontalLayout actions(AccountSummary a) {
        var edit = new Button(getTranslation("accounts.edit"), e -> edit(a));
        edit.addThemeVariants(ButtonVariant.SMALL);
        edit.getElement().setAttribute("aria-label", getTranslation("accounts.edit.label", a.displayName()));
        var reset = new Button(getTranslation("accounts.resetPassword"), e -> resetPassword(a));
        reset.addThemeVariants(ButtonVariant.SMALL);
        var row = new HorizontalLayout(edit);
        if (a.id() != me()) {
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
        row.addClassName("account-actions");
        return row;
    }

    private long me() {
        return currentUser.require().accountId();
    }

    private void create() {
        try {
            CreatedAccount created = accounts.createAccount(
                    new NewAccount(username.getValue(), displayName.getValue(), role.getValue()));
            username.clear();
            displayName.clear();
            role.clear();
            errors.clear();
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

    private void edit(AccountSummary a) {
        editDialog = new EditDialog(a);
        editDialog.open();
    }

    /** Name, contact details and two-factor sign-in of one account. */
    final class EditDialog extends Dialog {
        final TextField name = new TextField();
        final TextField email = new TextField();
        final TextField phone = new TextField();
        final Button save = new Button();
        private final FormErrors dialogErrors = new FormErrors(this);
        private final Div twoFactorPart = new Div();
        private AccountSummary editing;

        EditDialog(AccountSummary a) {
            editing = a;
            setHeaderTitle(getTranslation("accounts.edit.title", a.username()));
            name.setLabel(getTranslation("accounts.displayName"));
            app.tether.base.ui.TextLimit.on(name, AccountService.NAME_MAX);
            name.setValue(a.displayName());
            name.setId("edit-display-name");
            name.setRequiredIndicatorVisible(true);
            email.setLabel(getTranslation("accounts.email"));
            email.setValue(a.email() == null ? "" : a.email());
            email.setId("edit-email");
            app.tether.base.ui.TextLimit.on(email, AccountService.EMAIL_MAX);
            phone.setLabel(getTranslation("accounts.phone"));
            phone.setValue(a.phone() == null ? "" : a.phone());
            phone.setId("edit-phone");
            app.tether.base.ui.TextLimit.on(phone, AccountService.PHONE_MAX);
            dialogErrors.bind("displayName", name).bind("email", email).bind("phone", phone);
            var form = new FormLayout(name, email, phone);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            var contactNote = new Paragraph(getTranslation("accounts.contact.note"));
            contactNote.addClassName("muted");
            twoFactorPart.addClassNames("stack", "edit-two-factor");
            twoFactorPart.setId("edit-two-factor");
            renderTwoFactor();
            add(form, contactNote, twoFactorPart);
            setWidth("min(32rem, 100vw)");

            save.setText(getTranslation("common.save"));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("edit-save");
            app.tether.base.ui.SaveOnce.onClick(save, this::save);
            var cancel = new Button(getTranslation("common.cancel"), e -> close());
            getFooter().add(cancel, save);
        }

        private void save() {
            try {
                var saved = accounts.updateAccount(editing.id(),
                        new AccountEdit(name.getValue(), email.getValue(), phone.getValue()), editing.version());
                dialogErrors.clear();
                close();
                Notices.success(getTranslation("accounts.edit.saved", saved.displayName()));
                refresh();
                if (saved.id() == me() && !saved.displayName().equals(editing.displayName())) {
                    // The header shows the signed-in name: draw the page again with the new one.
                    UI.getCurrent().getPage().reload();
                }
            } catch (ValidationProblem p) {
                String rest = dialogErrors.show(p);
                if (!rest.isEmpty()) {
                    Notices.error(rest);
                }
            } catch (StaleDataException | org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
                // Keep what was typed; the next save goes against the latest version.
                reload();
                Notices.error(getTranslation("common.stale"));
            }
        }

        private void reload() {
            refresh().stream().filter(s -> s.id() == editing.id()).findFirst().ifPresent(s -> editing = s);
            renderTwoFactor();
        }

        private void renderTwoFactor() {
            twoFactorPart.removeAll();
            twoFactorPart.add(new H4(getTranslation("accounts.twoFactor.title")));
            var status = new Paragraph(getTranslation(editing.twoFactorSetUp()
                    ? "accounts.twoFactor.on" : "accounts.twoFactor.off"));
            status.setId("edit-two-factor-status");
            twoFactorPart.add(status);
            if (editing.twoFactorRequired()) {
                twoFactorPart.add(new Paragraph(getTranslation("accounts.twoFactor.requiredHere")));
            }
            var require = app.tether.base.ui.SaveOnce.button(getTranslation(editing.twoFactorRequired()
                    ? "accounts.twoFactor.unrequire" : "accounts.twoFactor.require"), () -> {
                twoFactor.setRequired(editing.id(), !editing.twoFactorRequired());
                Notices.success(getTranslation(editing.twoFactorRequired()
                        ? "accounts.twoFactor.unrequired" : "accounts.twoFactor.required", editing.displayName()));
                reload();
            });
            require.addThemeVariants(ButtonVariant.SMALL);
            require.setId("edit-two-factor-require");
            var buttons = new HorizontalLayout(require);
            buttons.setWrap(true);
            if (editing.twoFactorSetUp()) {
                var reset = app.tether.base.ui.SaveOnce.button(getTranslation("accounts.twoFactor.reset"),
                        this::confirmTwoFactorReset);
                reset.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
                reset.setId("edit-two-factor-reset");
                buttons.add(reset);
            }
            twoFactorPart.add(buttons);
        }

        private void confirmTwoFactorReset() {
            new ConfirmDialog(getTranslation("accounts.twoFactor.reset.title", editing.displayName()),
                    getTranslation("accounts.twoFactor.reset.text"), getTranslation("accounts.twoFactor.reset"),
                    e -> {
                        twoFactor.resetForAccount(editing.id());
                        Notices.success(getTranslation("accounts.twoFactor.wasReset", editing.displayName()));
                        reload();
                    }, getTranslation("common.cancel"), e -> { }).open();
        }
    }

    private void showPassword(AccountSummary a, String password) {
        var code = new Span(password);
        code.addClassName("temp-password");
        code.setId("temporary-password");
        var copied = new Span();
        copied.setId("password-copied");
        copied.addClassName("muted");
        copied.getElement().setAttribute("aria-live", "polite");
        var copy = new Button(getTranslation("accounts.password.copy"), VaadinIcon.COPY_O.create());
        copy.setId("copy-password");
        copy.addThemeVariants(ButtonVariant.SMALL);
        copy.getElement().setAttribute("aria-label", getTranslation("accounts.password.copy.label"));
        copy.addClickListener(e -> {
            // The only script on this page: the browser's Clipboard API, no bundle needed.
            UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", password)
                    .then(ok -> copied.setText(getTranslation("accounts.password.copied")),
                            failed -> copied.setText(getTranslation("accounts.password.copyFailed")));
        });
        var codeRow = new Div(code, copy, copied);
        codeRow.addClassName("temp-password-row");
        var letter = letterLink(a, password, app.tether.base.ui.AppAddress.current());
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("accounts.password.title", a.displayName()));
        dialog.setText(new Div(new Paragraph(getTranslation("accounts.password.text", a.username())), codeRow,
                new Paragraph(getTranslation("accounts.letter.offer")), letter));
        dialog.setConfirmText(getTranslation("common.done"));
        dialog.open();
    }

    /** The letter is laid out when the admin asks for it, so only a real print is audited. */
    private Anchor letterLink(AccountSummary a, String password, String address) {
        long accountId = a.id();
        DownloadHandler handler = event -> {
            WelcomeLetterPdf pdf;
            try {
                pdf = accounts.welcomeLetter(accountId, password, address);
            } catch (RuntimeException e) {
                // Never log the exception's arguments: they hold the password.
                log.warn("Printing the welcome letter of account {} failed: {}", accountId, e.getClass().getName());
                event.getResponse().setStatus(e instanceof AccessDeniedException ? 403 : 409);
                String key = e instanceof ValidationProblem ? "validation.letter.passwordChanged"
                        : e instanceof AccessDeniedException ? "common.notAvailable" : "accounts.letter.failed";
                event.getUI().access(() -> Notices.error(getTranslation(key)));
                return;
            }
            PrivateDownload.send(event, pdf.fileName(), "application/pdf", pdf.pdf());
        };
        var link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.PRINT.create(), new Span(getTranslation("accounts.letter.print")));
        link.addClassName("download-link");
        link.setId("welcome-letter");
        return link;
    }

    private List<AccountSummary> refresh() {
        var items = accounts.searchAccounts(search.getValue());
        grid.setItems(items);
        return items;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · " + getTranslation("app.name");
    }
}
