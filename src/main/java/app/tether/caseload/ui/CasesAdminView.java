package app.tether.caseload.ui;

import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.NarrowScreens;
import app.tether.base.ui.Notices;
import app.tether.caseload.CaseAdminRow;
import app.tether.caseload.CaseKind;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.NewCase;
import app.tether.security.AccountService;
import app.tether.security.AccountSummary;
import app.tether.security.Role;
import app.tether.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Admin: create cases (individual or couple) and decide who treats whom. No clinical content. */
@Route("admin/cases")
@RolesAllowed(Roles.ADMIN)
class CasesAdminView extends Div implements HasDynamicTitle {

    private final CaseloadService caseload;
    private final AccountService accounts;
    final RadioButtonGroup<CaseKind> kind = new RadioButtonGroup<>();
    final ComboBox<AccountSummary> firstClient = new ComboBox<>();
    final ComboBox<AccountSummary> secondClient = new ComboBox<>();
    final ComboBox<AccountSummary> therapist = new ComboBox<>();
    final Button create = new Button();
    private final Grid<CaseAdminRow> grid = new Grid<>();
    private final FormErrors errors = new FormErrors(this);

    CasesAdminView(CaseloadService caseload, AccountService accounts) {
        this.caseload = caseload;
        this.accounts = accounts;
        addClassName("page");
        add(new H2(getTranslation("cases.title")));

        List<AccountSummary> clients = accounts.listActive(Role.CLIENT);
        List<AccountSummary> therapists = accounts.listActive(Role.THERAPIST);
        kind.setLabel(getTranslation("cases.kind"));
        kind.setItems(CaseKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        kind.setValue(CaseKind.INDIVIDUAL);
        kind.addValueChangeListener(e -> secondClient.setVisible(e.getValue() == CaseKind.COUPLE));
        setUpPicker(firstClient, "cases.client", clients);
        setUpPicker(secondClient, "cases.partner", clients);
        secondClient.setVisible(false);
        setUpPicker(therapist, "cases.therapist", therapists);
        firstClient.setId("case-first-client");
        secondClient.setId("case-second-client");
        therapist.setId("case-therapist");
        errors.bind("firstClient", firstClient).bind("secondClient", secondClient).bind("therapist", therapist);
        create.setText(getTranslation("cases.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        app.tether.base.ui.SaveOnce.onClick(create, this::create);

        var form = new FormLayout(kind, firstClient, secondClient, therapist);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        var section = new Div(new H3(getTranslation("cases.new")), form, create);
        section.addClassName("panel");
        add(section);

        grid.addComponentColumn(this::caseCell).setHeader(getTranslation("cases.clients")).setFlexGrow(2)
                .setComparator(CaseAdminRow::title).setSortable(true);
        var therapistColumn = grid.addColumn(CaseAdminRow::therapistName).setHeader(getTranslation("cases.therapist"))
                .setSortable(true).setAutoWidth(true);
        NarrowScreens.hideColumnsOnPhones(this, List.of(therapistColumn));
        grid.addComponentColumn(r -> {
            var b = new Button(getTranslation("cases.reassign"), e -> reassign(r, therapists));
            b.addThemeVariants(ButtonVariant.SMALL);
            return b;
        }).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        var list = new Div(new H3(getTranslation("cases.all")), grid);
        list.addClassName("panel");
        add(list);
        refresh();
    }

    /** Names, kind and (for phones, where the therapist column is hidden) the therapist. */
    private Div caseCell(CaseAdminRow r) {
        var title = new Span(r.title());
        title.addClassName("cell-title");
        var sub = new Span(getTranslation("kind." + r.kind().name()) + " · "
                + getTranslation("case.therapist", r.therapistName()));
        sub.addClassName("muted");
        var cell = new Div(title, sub);
        cell.addClassName("cell-stack");
        return cell;
    }

    private void setUpPicker(ComboBox<AccountSummary> box, String labelKey, List<AccountSummary> items) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(items);
        box.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
        box.setClearButtonVisible(true);
    }

    private void create() {
        try {
            CaseAdminRow row = caseload.createCase(new NewCase(kind.getValue(), id(firstClient), id(secondClient),
                    id(therapist)));
            errors.clear();
            firstClient.clear();
            secondClient.clear();
            Notices.success(getTranslation("cases.created", row.title(), row.therapistName()));
            refresh();
        } catch (ValidationProblem p) {
            String rest = errors.show(p);
            if (!rest.isEmpty()) {
                Notices.error(rest);
            }
        }
    }

    private static Long id(ComboBox<AccountSummary> box) {
        if (!box.isVisible() || box.getValue() == null) {
            return null;
        }
        return box.getValue().id();
    }

    private void reassign(CaseAdminRow row, List<AccountSummary> therapists) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cases.reassign.title", row.title()));
        var picker = new ComboBox<AccountSummary>(getTranslation("cases.therapist"));
        picker.setItems(therapists);
        picker.setItemLabelGenerator(AccountSummary::displayName);
        therapists.stream().filter(t -> t.id() == row.therapistId()).findFirst().ifPresent(picker::setValue);
        picker.setWidthFull();
        var dialogErrors = new FormErrors(this).bind("therapist", picker);
        var save = app.tether.base.ui.SaveOnce.button(getTranslation("common.save"), () -> {
            try {
                CaseAdminRow updated = caseload.assignTherapist(row.caseId(),
                        picker.getValue() == null ? null : picker.getValue().id());
                Notices.success(getTranslation("cases.reassigned", updated.title(), updated.therapistName()));
                dialog.close();
                refresh();
            } catch (ValidationProblem p) {
                dialogErrors.show(p);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(picker);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(caseload.listCasesForAdmin());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title") + " · " + getTranslation("app.name");
    }
}
