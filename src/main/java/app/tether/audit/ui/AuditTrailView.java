package app.tether.audit.ui;

import app.tether.base.ui.Pickers;
import app.tether.base.ui.PrivateDownload;
import app.tether.audit.AuditAction;
import app.tether.audit.AuditQuery;
import app.tether.audit.AuditRecord;
import app.tether.audit.AuditService;
import app.tether.audit.ChainCheck;
import app.tether.base.ui.NarrowScreens;
import app.tether.base.ui.Notices;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admin: the audit trail, filtered, exported as CSV and checked link by link. It shows who did
 * what to which record, never the record's content.
 */
@Route("admin/audit")
@Menu(title = "nav.audit", order = 30, icon = "vaadin:records")
// A literal: the audit module must not depend on the security module's role constants.
@RolesAllowed("ADMIN")
class AuditTrailView extends Div implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(AuditTrailView.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final AuditService audit;
    private final Clock clock;
    final TextField person = new TextField();
    final TextField caseNumber = new TextField();
    final MultiSelectComboBox<AuditAction> actions = new MultiSelectComboBox<>();
    final DayPicker from = new DayPicker();
    final DayPicker to = new DayPicker();
    final Grid<AuditRecord> grid = new Grid<>();
    final Span count = new Span();
    final Anchor export;
    final Button check = new Button();
    final Button clear;
    final Div chainStatus = new Div();
    final Details filtersBox = new Details();
    // The download runs on a request thread outside the UI lock, so it reads the last valid filters here.
    private volatile AuditQuery query = AuditQuery.all();
    private AuditQuery lastViewed;
    private boolean clearing;

    AuditTrailView(AuditService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
        addClassNames("page", "audit-page");
        var intro = new Paragraph(getTranslation("audit.intro"));
        intro.addClassName("muted");
        add(new H2(getTranslation("audit.title")), intro);

        person.setLabel(getTranslation("audit.filter.person"));
        person.setHelperText(getTranslation("audit.filter.person.help"));
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.setClearButtonVisible(true);
        // No maxLength on these filters: they search and save nothing, so nothing can be cut.
        person.setId("audit-person");
        caseNumber.setLabel(getTranslation("audit.filter.case"));
        caseNumber.setValueChangeMode(ValueChangeMode.LAZY);
        caseNumber.setClearButtonVisible(true);
        caseNumber.setManualValidation(true);
        caseNumber.setId("audit-case");
        actions.setLabel(getTranslation("audit.filter.actions"));
        actions.setItems(AuditAction.values());
        actions.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        actions.setClearButtonVisible(true);
        actions.setId("audit-actions");
        from.setLabel(getTranslation("audit.filter.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setId("audit-to");
        clear = new Button(getTranslation("audit.filter.clear"), e -> {
            // One look at the whole trail, not one per emptied field.
            clearing = true;
            person.clear();
            caseNumber.clear();
            actions.clear();
            from.clear();
            to.clear();
            clearing = false;
            apply();
        });
        clear.setId("audit-clear");
        clear.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        var filterFields = new Div(person, caseNumber, actions, from, to);
        filterFields.addClassNames("filters", "audit-filters");
        filtersBox.setSummaryText(getTranslation("audit.filters"));
        filtersBox.add(filterFields, clear);
        filtersBox.setOpened(true);
        filtersBox.setId("audit-filters");

        export = new Anchor(csvDownload(), AttachmentType.DOWNLOAD, "");
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("audit.export")));
        export.addClassName("download-link");
        export.setId("audit-export");
        check.setText(getTranslation("audit.check"));
        check.setIcon(VaadinIcon.LINK.create());
        check.setId("audit-check");
        app.tether.base.ui.SaveOnce.onClick(check, this::checkChain);
        chainStatus.setId("audit-chain-status");
        chainStatus.addClassName("chain-status");
        chainStatus.getElement().setAttribute("role", "status");
        chainStatus.getElement().setAttribute("aria-live", "polite");
        var tools = new Div(export, check);
        tools.addClassName("row-actions");

        count.setId("audit-count");
        count.addClassName("muted");
        count.getElement().setAttribute("aria-live", "polite");
        buildGrid();

        var panel = new Div(filtersBox, count, grid);
        panel.addClassName("panel");
        var toolPanel = new Div(tools, chainStatus);
        toolPanel.addClassName("panel");
        add(toolPanel, panel);

        for (HasValue<?, ?> f : List.<HasValue<?, ?>>of(person, caseNumber, actions, from, to)) {
            f.addValueChangeListener(e -> apply());
        }
        // Typed text that is no date leaves the value empty; the picker tells us so.
        from.getElement().addEventListener("unparsable-change", e -> apply());
        to.getElement().addEventListener("unparsable-change", e -> apply());
        // On a phone the filters start folded, so the lines are on the first screen.
        addAttachListener(e -> e.getUI().getPage().retrieveExtendedClientDetails(d -> {
            if (d.getWindowInnerWidth() > 0 && d.getWindowInnerWidth() < NarrowScreens.BREAKPOINT) {
                filtersBox.setOpened(false);
            }
        }));
        apply();
    }

    private void buildGrid() {
        grid.setItems(q -> audit.find(query, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, audit.count(query)));
        grid.setPageSize(50);
        grid.addColumn(r -> TIME.format(r.at())).setHeader(getTranslation("audit.col.time")).setWidth("7rem")
                .setFlexGrow(0).setResizable(true);
        grid.addComponentColumn(this::personCell).setHeader(getTranslation("audit.col.person")).setWidth("6.5rem")
                .setFlexGrow(1).setResizable(true);
        grid.addColumn(this::actionLabel).setHeader(getTranslation("audit.col.action")).setWidth("7rem")
                .setFlexGrow(1).setResizable(true);
        var caseColumn = grid.addColumn(r -> r.caseId() == null ? "" : r.caseId().toString())
                .setHeader(getTranslation("audit.col.case")).setWidth("4.5rem").setFlexGrow(0).setResizable(true);
        var record = grid.addColumn(AuditTrailView::recordText).setHeader(getTranslation("audit.col.record"))
                .setWidth("7rem").setFlexGrow(0).setResizable(true);
        var outcome = grid.addComponentColumn(this::outcomeCell).setHeader(getTranslation("audit.col.outcome"))
                .setWidth("6rem").setFlexGrow(0).setResizable(true);
        var address = grid.addColumn(r -> Objects.toString(r.remoteAddress(), ""))
                .setHeader(getTranslation("audit.col.address")).setWidth("7.5rem").setFlexGrow(0).setResizable(true);
        var detail = grid.addColumn(r -> Objects.toString(r.detail(), "")).setHeader(getTranslation("audit.col.detail"))
                .setWidth("8rem").setFlexGrow(2).setResizable(true);
        // On a phone the row keeps time, person and action; a tap opens the rest below it.
        NarrowScreens.hideColumnsOnPhones(this, List.of(caseColumn, record, outcome, address, detail));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("audit.grid"));
        grid.setHeight("36rem");
        grid.setId("audit-grid");
    }

    /** Reads the filters; with a mistake in one, it says so there and keeps the grid as it was. */
    private void apply() {
        if (clearing) {
            return;
        }
        Long caseId = null;
        String typed = caseNumber.getValue().strip();
        boolean caseOk = typed.isEmpty() || typed.matches("#?\\d{1,18}");
        if (caseOk && !typed.isEmpty()) {
            caseId = Long.parseLong(typed.replace("#", ""));
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        // Not &&: every field with a mistake gets its message at once.
        boolean ok = mark(caseNumber, caseOk ? null : "audit.filter.case.invalid")
                & mark(from, from.unreadable() ? "audit.filter.day.invalid" : null)
                & mark(to, to.unreadable() ? "audit.filter.day.invalid"
                        : start != null && end != null && start.isAfter(end) ? "audit.filter.range.invalid" : null);
        export.setEnabled(ok);
        if (!ok) {
            return;
        }
        query = new AuditQuery(person.getValue(), caseId, actions.getValue(), start, end);
        // Each distinct look at the trail is itself a line in it.
        if (!query.equals(lastViewed)) {
            audit.viewed(query);
            lastViewed = query;
        }
        refresh();
    }

    /** Shows the message for errorKey at the field, or clears it; true when there is none. */
    private boolean mark(HasValidationProperties field, String errorKey) {
        field.setInvalid(errorKey != null);
        field.setErrorMessage(errorKey == null ? null : getTranslation(errorKey));
        return errorKey == null;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("audit.count", audit.count(query)));
    }

    private void checkChain() {
        ChainCheck result = audit.verify();
        chainStatus.removeClassNames("chain-intact", "chain-broken");
        if (result.intact()) {
            chainStatus.setText(getTranslation("audit.check.intact", result.linesChecked()));
            chainStatus.addClassName("chain-intact");
        } else {
            chainStatus.setText(result.brokenSeq() == null
                    ? getTranslation("audit.check.broken", result.problem())
                    : getTranslation("audit.check.brokenAt", String.valueOf(result.brokenSeq()), result.problem()));
            chainStatus.addClassName("chain-broken");
        }
        // The check itself is a new line.
        refresh();
    }

    private DownloadHandler csvDownload() {
        return event -> {
            byte[] csv;
            try {
                csv = audit.exportCsv(query);
            } catch (RuntimeException e) {
                log.warn("Audit export failed", e);
                event.getResponse().setStatus(500);
                event.getUI().access(() -> Notices.error(getTranslation("audit.export.failed")));
                return;
            }
            // Who did what in the practice: no copy in browser or proxy caches.
            PrivateDownload.send(event, "tether-audit-" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(
                    clock.withZone(ZoneOffset.UTC))) + ".csv", "text/csv; charset=UTF-8", csv);
        };
    }

    private Div personCell(AuditRecord r) {
        var name = new Span(r.actorName() == null ? getTranslation("audit.system") : r.actorName());
        name.addClassName("cell-title");
        var cell = new Div(name);
        cell.addClassName("cell-stack");
        String role = r.actorRole() == null ? null : getTranslation("role." + r.actorRole());
        String sub = r.actorId() == null ? role : role == null ? "#" + r.actorId() : role + " · #" + r.actorId();
        if (sub != null) {
            var muted = new Span(sub);
            muted.addClassName("muted");
            cell.add(muted);
        }
        return cell;
    }

    private Span outcomeCell(AuditRecord r) {
        var pill = new Span(outcomeLabel(r));
        pill.addClassNames("pill", "pill-outcome-" + r.outcome().toLowerCase(java.util.Locale.ROOT));
        return pill;
    }

    private String actionLabel(AuditRecord r) {
        return getTranslation("audit.action." + r.action());
    }

    private String outcomeLabel(AuditRecord r) {
        return getTranslation("audit.outcome." + r.outcome());
    }

    private static String recordText(AuditRecord r) {
        if (r.entityType() == null) {
            return "";
        }
        return r.entityId() == null ? r.entityType() : r.entityType() + " " + r.entityId();
    }

    private Div details(AuditRecord r) {
        var d = new Div();
        d.addClassName("audit-details");
        fact(d, "audit.col.case", r.caseId() == null ? null : r.caseId().toString());
        fact(d, "audit.col.record", recordText(r));
        fact(d, "audit.col.outcome", outcomeLabel(r));
        fact(d, "audit.col.address", r.remoteAddress());
        fact(d, "audit.col.detail", r.detail());
        fact(d, "audit.col.line", r.seq() == null ? null : r.seq().toString());
        return d;
    }

    private void fact(Div d, String labelKey, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        var label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        var v = new Span(value);
        v.addClassName("fact-value");
        var row = new Div(label, v);
        row.addClassName("fact");
        d.add(row);
    }

    /** A UTC day typed or picked as 2026-05-04, that can tell when what was typed is no date. */
    static final class DayPicker extends DatePicker {

        DayPicker() {
            setI18n(Pickers.i18n().setDateFormat("yyyy-MM-dd"));
            setManualValidation(true);
            setClearButtonVisible(true);
        }

        boolean unreadable() {
            return isInputUnparsable();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
