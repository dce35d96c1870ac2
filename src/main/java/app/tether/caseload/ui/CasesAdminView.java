package app.tether.caseload.ui;

import app.tether.base.ui.Pickers;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.NarrowScreens;
import app.tether.base.ui.Notices;
import app.tether.caseload.CaseAdminRow;
import app.tether.caseload.CaseKind;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.NewCase;
import app.tether.caseload.OpenCaseExists;
import app.tether.security.AccountService;
import app.tether.security.AccountSummary;
import app.tether.security.Role;
import app.tether.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * Admin: create cases (individual or couple), decide who treats whom, close and reopen cases.
 * No clinical content.
 */
@Route("admin/cases")
@Menu(title = "nav.cases", order = 20, icon = "vaadin:connect")
@RolesAllowed(Roles.ADMIN)
class CasesAdminView extends Div implements HasDynamicTitle {

    private final CaseloadService caseload;
    private final AccountService accounts;
    final RadioButtonGroup<CaseKind> kind = new RadioButtonGroup<>();
    final ComboBox<AccountSummary> firstClient = new ComboBox<>();
    final ComboBox<AccountSummary> secondClient = new ComboBox<>();
    final ComboBox<AccountSummary> therapist = new ComboBox<>();
    final Button create = new Button();
    final Grid<CaseAdminRow> grid = new Grid<>();
    /** The open duplicate-case question, if any; package-visible for tests. */
    Dialog duplicateDialog;
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
        var statusColumn = grid.addComponentColumn(this::statusCell).setHeader(getTranslation("cases.status"))
                .setAutoWidth(true);
        NarrowScreens.hideColumnsOnPhones(this, List.of(therapistColumn, statusColumn));
        grid.addComponentColumn(r -> {
            var b = new Button(getTranslation("cases.reassign"), e -> reassign(r, therapists));
            b.addThemeVariants(ButtonVariant.SMALL);
            var closing = r.closed()
                    ? new Button(getTranslation("cases.reopen"), e -> reopen(r))
                    : new Button(getTranslation("cases.close"), e -> close(r));
            closing.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            closing.setId((r.closed() ? "reopen-" : "close-") + r.caseId());
            var actions = new Div(b, closing);
            actions.addClassNames("row-actions", "case-row-actions");
            return actions;
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
        // The therapist repeats the Therapist column, which only phones hide.
        var treatedBy = new Span(" · " + getTranslation("case.therapist", r.therapistName()));
        treatedBy.addClassName("phone-inline");
        var sub = new Span(new Span(getTranslation("kind." + r.kind().name())), treatedBy);
        sub.addClassName("muted");
        var cell = new Div(title, sub);
        if (r.closed()) {
            var closed = new Span(getTranslation("cases.closed", date(r.closedOn())));
            closed.addClassNames("pill", "pill-closed", "hide-wide");
            cell.add(closed);
        }
        cell.addClassName("cell-stack");
        return cell;
    }

    private Span statusCell(CaseAdminRow r) {
        var s = new Span(r.closed() ? getTranslation("cases.closed", date(r.closedOn()))
                : getTranslation("cases.open", date(r.openedOn())));
        if (r.closed()) {
            s.addClassNames("pill", "pill-closed");
        }
        return s;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private void setUpPicker(ComboBox<AccountSummary> box, String labelKey, List<AccountSummary> items) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(items);
        box.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
        box.setClearButtonVisible(true);
    }

    private void create() {
        create(new NewCase(kind.getValue(), id(firstClient), id(secondClient), id(therapist)));
    }

    private void create(NewCase request) {
        try {
            CaseAdminRow row = caseload.createCase(request);
            errors.clear();
            firstClient.clear();
            secondClient.clear();
            Notices.success(getTranslation("cases.created", row.title(), row.therapistName()));
            refresh();
        } catch (OpenCaseExists warning) {
            errors.clear();
            askAboutDuplicate(request, warning);
        } catch (ValidationProblem p) {
            String rest = errors.show(p);
            if (!rest.isEmpty()) {
                Notices.error(rest);
            }
        }
    }

    /** A client already has an open case: say which, offer to show it, create only when confirmed. */
    private void askAboutDuplicate(NewCase request, OpenCaseExists warning) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cases.duplicate.title"));
        for (var e : warning.errors()) {
            dialog.add(new Paragraph(getTranslation(e.messageKey(), e.args().toArray())));
        }
        dialog.add(new Paragraph(getTranslation("cases.duplicate.text")));
        var show = new Button(getTranslation("cases.duplicate.show"), e -> {
            dialog.close();
            CaseAdminRow existing = warning.existing().getFirst().openCase();
            grid.getListDataView().getItems().filter(r -> r.caseId() == existing.caseId()).findFirst()
                    .ifPresent(r -> {
                        grid.select(r);
                        grid.scrollToItem(r);
                    });
        });
        show.setId("duplicate-show");
        // The safe answer is the default; a second case is the exception.
        show.addThemeVariants(ButtonVariant.PRIMARY);
        var createAnyway = app.tether.base.ui.SaveOnce.button(getTranslation("cases.duplicate.create"), () -> {
            dialog.close();
            create(request.confirmed());
        });
        createAnyway.setId("duplicate-create");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), createAnyway, show);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                duplicateDialog = null;
            }
        });
        duplicateDialog = dialog;
        dialog.open();
        show.focus();
    }

    void close(CaseAdminRow row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cases.close.title", row.title()));
        var on = Pickers.localise(new DatePicker(getTranslation("case.close.date"), LocalDate.now()));
        on.setMax(LocalDate.now());
        var reason = reasonField("case.close.reason");
        var dialogErrors = new FormErrors(this).bind("closedOn", on).bind("reason", reason);
        var confirm = app.tether.base.ui.SaveOnce.button(getTranslation("case.close.confirm"), () -> {
            try {
                CaseAdminRow closed = caseload.closeCase(row.caseId(), on.getValue(), reason.getValue(), row.version());
                Notices.success(getTranslation("cases.closedNotice", closed.title()));
                dialog.close();
                refresh();
            } catch (ValidationProblem p) {
                notifyRest(dialogErrors.show(p));
            } catch (StaleDataException ex) {
                Notices.error(getTranslation("common.stale"));
                dialog.close();
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setId("close-confirm");
        dialog.add(new Paragraph(getTranslation("case.close.help")), on, reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    void reopen(CaseAdminRow row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cases.reopen.title", row.title()));
        var reason = reasonField("case.reopen.reason");
        var dialogErrors = new FormErrors(this).bind("reason", reason);
        var confirm = app.tether.base.ui.SaveOnce.button(getTranslation("case.reopen.confirm"), () -> {
            try {
                CaseAdminRow reopened = caseload.reopenCase(row.caseId(), reason.getValue(), row.version());
                Notices.success(getTranslation("cases.reopenedNotice", reopened.title()));
                dialog.close();
                refresh();
            } catch (ValidationProblem p) {
                notifyRest(dialogErrors.show(p));
            } catch (StaleDataException ex) {
                Notices.error(getTranslation("common.stale"));
                dialog.close();
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("reopen-confirm");
        dialog.add(new Paragraph(getTranslation("case.reopen.help")), reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private TextArea reasonField(String labelKey) {
        var reason = new TextArea(getTranslation(labelKey));
        reason.setHelperText(getTranslation("case.reason.help"));
        app.tether.base.ui.TextLimit.on(reason, CaseloadService.REASON_MAX);
        reason.setWidthFull();
        reason.setId("dialog-reason");
        return reason;
    }

    private static void notifyRest(String rest) {
        if (!rest.isEmpty()) {
            Notices.error(rest);
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
                dialogErrors.report(p);
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
