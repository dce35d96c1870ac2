package app.tether.exceptionlog.ui;

import app.tether.base.ui.Pickers;
import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditedOpening;
import app.tether.base.ui.RouteIds;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.ui.OpenCase;
import app.tether.caseload.ClientRef;
import app.tether.exceptionlog.EntryVersionView;
import app.tether.exceptionlog.EntryView;
import app.tether.exceptionlog.ExceptionFilter;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.exceptionlog.Patterns;
import app.tether.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/** The therapist reviews a case's exceptions (both partners) and the patterns in them. */
@Route("cases/:caseId" + RouteIds.PATTERN + "/exceptions")
@RolesAllowed(Roles.THERAPIST)
class CaseExceptionsView extends Div implements BeforeEnterObserver, HasDynamicTitle, AuditedOpening {

    private static final int RECENT_DAYS = 7;

    private final ExceptionLogService log;
    private CaseDetails details;
    final DatePicker from = Pickers.localise(new DatePicker());
    final DatePicker to = Pickers.localise(new DatePicker());
    final Select<ClientRef> partner = new Select<>();
    final TextField tag = new TextField();
    final Checkbox significantOnly = new Checkbox();
    final Checkbox unreviewedOnly = new Checkbox();
    final TextField text = new TextField();
    final Grid<EntryView> grid = new Grid<>();
    final Span count = new Span();
    private ConfigurableFilterDataProvider<EntryView, Void, ExceptionFilter> provider;
    private final Div patterns = new Div();

    CaseExceptionsView(ExceptionLogService log) {
        this.log = log;
    }

    /** {@code ?entry=<id>}: open one moment, as a link from homework does. */
    static final String ENTRY_PARAMETER = "entry";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        details = OpenCase.of(event).details();
        build();
        event.getLocation().getQueryParameters().getSingleParameter(ENTRY_PARAMETER)
                .filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).ifPresent(this::open);
    }

    /**
     * Narrows the list to the linked moment's day and opens its answers, with a line that says so
     * (the filters' reset shows everything again). A moment that is gone says that instead.
     */
    private void open(long entryId) {
        var note = new Paragraph();
        note.addClassNames("muted", "linked-moment-note");
        note.setId("linked-moment-note");
        var entry = log.caseEntry(details.caseId(), entryId);
        if (entry.isEmpty()) {
            note.setText(getTranslation("exceptions.linked.gone"));
        } else {
            EntryView e = entry.get();
            from.setValue(e.happenedAt().toLocalDate());
            to.setValue(e.happenedAt().toLocalDate());
            grid.setDetailsVisible(e, true);
            note.setText(getTranslation("exceptions.linked.shown", EntryText.when(e.happenedAt())));
        }
        count.getParent().ifPresent(p -> ((Div) p).addComponentAtIndex(1, note));
    }

    /** The prompts read as the clients' form words them: in couple work, "what this moment tells us". */
    private boolean couple() {
        return details.kind() == app.tether.caseload.CaseKind.COUPLE;
    }

    private void build() {
        removeAll();
        from.setLabel(getTranslation("ex.filter.from"));
        to.setLabel(getTranslation("ex.filter.to"));
        partner.setLabel(getTranslation("ex.filter.partner"));
        partner.setItems(details.clients());
        partner.setItemLabelGenerator(c -> c == null ? getTranslation("ex.filter.everyone") : c.displayName());
        partner.setEmptySelectionAllowed(true);
        partner.setEmptySelectionCaption(getTranslation("ex.filter.everyone"));
        partner.setVisible(details.clients().size() > 1);
        tag.setLabel(getTranslation("ex.filter.tag"));
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        tag.setClearButtonVisible(true);
        text.setLabel(getTranslation("ex.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("filter-text");
        significantOnly.setLabel(getTranslation("ex.filter.significant"));
        unreviewedOnly.setLabel(getTranslation("ex.filter.unreviewed"));
        unreviewedOnly.setId("filter-unreviewed");
        var recent = new Button(getTranslation("ex.filter.recent", RECENT_DAYS), e -> {
            from.setValue(LocalDate.now().minusDays(RECENT_DAYS - 1));
            to.clear();
        });
        recent.addThemeVariants(ButtonVariant.SMALL);
        var reset = new Button(getTranslation("ex.filter.reset"), e -> {
            from.clear();
            to.clear();
            partner.clear();
            tag.clear();
            text.clear();
            significantOnly.clear();
            unreviewedOnly.clear();
        });
        reset.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        var filters = new Div(from, to, partner, tag, text, significantOnly, unreviewedOnly, recent, reset);
        filters.addClassName("filters");

        // Rows are known by id, so a row whose marks changed is still the same row (and stays open).
        provider = new CallbackDataProvider<EntryView, ExceptionFilter>(
                q -> log.review(details.caseId(), q.getFilter().orElse(ExceptionFilter.none()), q.getOffset(),
                        q.getLimit()).stream(),
                q -> log.count(details.caseId(), q.getFilter().orElse(ExceptionFilter.none())), EntryView::id)
                .withConfigurableFilter();
        grid.setItems(provider);
        grid.setPageSize(50);
        // Opening is the toggle's job (and a click on the row's text): a visible, keyboard-reachable affordance.
        grid.setDetailsVisibleOnClick(false);
        grid.addComponentColumn(this::toggle).setHeader(getTranslation("ex.col.answers")).setAutoWidth(true)
                .setFlexGrow(0).setFrozen(true).setKey("toggle");
        grid.addItemClickListener(e -> toggleDetails(e.getItem()));
        // Cells wrap (rows are two lines high for the stacked marks anyway), so the date may take two lines.
        var when = grid.addColumn(e -> EntryText.when(e.happenedAt())).setHeader(getTranslation("ex.col.when"))
                .setWidth("10rem").setFlexGrow(0);
        var wide = new java.util.ArrayList<Grid.Column<EntryView>>(java.util.List.of(when));
        if (details.clients().size() > 1) {
            wide.add(grid.addColumn(EntryView::clientName).setHeader(getTranslation("ex.col.who")).setAutoWidth(true)
                    .setFlexGrow(0));
        }
        // The summary takes the room; tags and marks stay compact (marks stack in their cell).
        wide.add(grid.addColumn(e -> e.summary(90)).setHeader(getTranslation("ex.col.summary")).setWidth("14rem")
                .setFlexGrow(4));
        wide.add(grid.addColumn(e -> app.tether.base.ui.Lists.join(e.tags())).setHeader(getTranslation("ex.col.tags"))
                .setWidth("8rem").setFlexGrow(1));
        wide.add(grid.addComponentColumn(this::flags).setHeader(getTranslation("ex.col.flags")).setAutoWidth(true)
                .setFlexGrow(0).setKey("flags"));
        // Phones: one cell per entry (when, who, what happened, then the marks), so nothing scrolls sideways.
        var phone = grid.addComponentColumn(this::phoneCell).setHeader(getTranslation("ex.col.summary"))
                .setFlexGrow(1).setKey("entry");
        app.tether.base.ui.NarrowScreens.switchColumnsOnPhones(this, wide, java.util.List.of(phone));
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::detailsOf));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("32rem");
        grid.setId("exception-grid");
        grid.setAriaLabel(getTranslation("ex.review.title"));
        count.setId("exception-count");
        var reviewPanel = new Div(new H3(getTranslation("ex.review.title")), filters, count, grid);
        reviewPanel.addClassName("panel");
        add(reviewPanel);

        patterns.addClassName("panel");
        patterns.setId("patterns");
        add(patterns);

        for (var f : new com.vaadin.flow.component.HasValue<?, ?>[] {from, to, partner, tag, text, significantOnly,
                unreviewedOnly}) {
            f.addValueChangeListener(e -> applyFilter());
        }
        applyFilter();
    }

    private ExceptionFilter filter() {
        return new ExceptionFilter(from.getValue(), to.getValue(), partner.getValue() == null ? null
                : partner.getValue().accountId(), tag.getValue(), significantOnly.getValue(), unreviewedOnly.getValue(),
                text.getValue());
    }

    private LocalDate patternsFrom = LocalDate.MIN;

    private void applyFilter() {
        ExceptionFilter f = filter();
        provider.setFilter(f);
        count.setText(getTranslation("ex.review.count", log.count(details.caseId(), f)));
        // Patterns depend on the period only, not on the other filters.
        if (!java.util.Objects.equals(patternsFrom, f.from())) {
            patternsFrom = f.from();
            renderPatterns(f.from());
        }
    }

    /** After a mark, rows show the new state (and leave an "unreviewed only" list). */
    private void refreshRows() {
        provider.refreshAll();
        count.setText(getTranslation("ex.review.count", log.count(details.caseId(), filter())));
    }

    /**
     * A chevron per row that opens the full answers; its name ("Show answers" / "Hide answers") is
     * read out and shown as a tooltip, and aria-expanded says whether the row is open.
     */
    Button toggle(EntryView e) {
        boolean open = grid.isDetailsVisible(e);
        String name = getTranslation(open ? "ex.answers.hide" : "ex.answers.show");
        var button = new Button((open ? VaadinIcon.CHEVRON_DOWN : VaadinIcon.CHEVRON_RIGHT).create(),
                ev -> toggleDetails(e));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClassName("details-toggle");
        button.setAriaLabel(name);
        button.setTooltipText(name);
        button.getElement().setAttribute("aria-expanded", String.valueOf(open));
        button.setId("toggle-" + e.id());
        return button;
    }

    /** Opens or closes a row's full answers; the toggle is redrawn with the row. */
    void toggleDetails(EntryView e) {
        grid.setDetailsVisible(e, !grid.isDetailsVisible(e));
    }

    private Div phoneCell(EntryView e) {
        var head = new Span(details.clients().size() > 1 ? EntryText.when(e.happenedAt()) + " · " + e.clientName()
                : EntryText.when(e.happenedAt()));
        head.addClassName("entry-cell-head");
        var cell = new Div(head, new Span(e.summary(90)), flags(e));
        cell.addClassName("entry-cell");
        return cell;
    }

    private Div flags(EntryView e) {
        var d = new Div();
        d.addClassName("entry-marks");
        var reviewed = new Checkbox(getTranslation("ex.reviewed"), e.reviewed());
        reviewed.addValueChangeListener(v -> {
            log.mark(e.id(), v.getValue(), null, null);
            refreshRows();
        });
        var significant = new Checkbox(getTranslation("ex.significant"), e.significant());
        significant.addValueChangeListener(v -> {
            log.mark(e.id(), null, v.getValue(), null);
            refreshRows();
        });
        // A closed case is read-only: the marks show, and cannot change.
        reviewed.setReadOnly(details.closed());
        significant.setReadOnly(details.closed());
        d.add(reviewed, significant);
        if (e.earlierVersions() > 0) {
            var edited = new Span(getTranslation("ex.edited"));
            edited.addClassNames("pill", "pill-review");
            d.add(edited);
        }
        if (e.withdrawn()) {
            var withdrawn = new Span(getTranslation("ex.withdrawn", EntryText.day(e.withdrawnAt())));
            withdrawn.addClassNames("pill", "pill-withdrawn");
            d.add(withdrawn);
        }
        return d;
    }

    Div detailsOf(EntryView e) {
        var body = EntryText.body(this, e, couple());
        if (e.withdrawn()) {
            var note = new Paragraph(getTranslation("ex.withdrawn.note", EntryText.day(e.withdrawnAt())));
            note.addClassNames("muted", "withdrawn-note");
            body.addComponentAsFirst(note);
        }
        if (e.earlierVersions() > 0) {
            body.add(versionsOf(e));
        }
        if (details.clients().size() > 1 && !e.withdrawn()) {
            var share = new Checkbox(getTranslation("ex.share"), e.shared());
            share.addValueChangeListener(v -> {
                log.mark(e.id(), null, null, v.getValue());
                refreshRows();
            });
            share.setReadOnly(details.closed());
            body.add(share);
        }
        return body;
    }

    /** Opens the texts an edit replaced; a dialog, since the grid's row details are only a few lines high. */
    private Button versionsOf(EntryView e) {
        var open = new Button(getTranslation("ex.versions", e.earlierVersions()), ev -> versionsDialog(e).open());
        open.addThemeVariants(ButtonVariant.SMALL);
        open.addClassName("entry-versions");
        open.setId("entry-versions-" + e.id());
        return open;
    }

    Dialog versionsDialog(EntryView e) {
        var list = new Div();
        list.addClassName("stack");
        var current = new Div(muted(getTranslation("ex.version.current", EntryText.when(e.happenedAt()))),
                EntryText.body(this, e, couple()));
        current.addClassName("history-row");
        list.add(current);
        for (EntryVersionView v : log.versions(e.id())) {
            var flags = new java.util.ArrayList<String>();
            if (v.wasReviewed()) {
                flags.add(getTranslation("ex.version.flag.reviewed"));
            }
            if (v.wasShared()) {
                flags.add(getTranslation("ex.version.flag.shared"));
            }
            if (v.significant()) {
                flags.add(getTranslation("ex.version.flag.significant"));
            }
            var row = new Div(muted(getTranslation("ex.version.head", EntryText.when(v.savedAt()),
                    EntryText.when(v.replacedAt()), v.replacedBy())),
                    new Paragraph(getTranslation("ex.version.moment", EntryText.when(v.happenedAt()))));
            if (!flags.isEmpty()) {
                row.add(new Paragraph(getTranslation("ex.version.flags", app.tether.base.ui.Lists.join(flags))));
            }
            row.add(EntryText.body(this, new String[] {v.context(), v.behaviour(), v.thoughts(), v.emotions(),
                v.meaning()}, v.tags(), couple()));
            row.addClassName("history-row");
            list.add(row);
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ex.versions.title", e.clientName()));
        dialog.add(list);
        dialog.setWidth("min(48rem, 100vw)");
        dialog.addClassName("entry-versions-dialog");
        var close = new Button(getTranslation("common.done"), ev -> dialog.close());
        dialog.getFooter().add(close);
        return dialog;
    }

    private Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("muted");
        return p;
    }

    private void renderPatterns(LocalDate since) {
        patterns.removeAll();
        Patterns p = log.patterns(details.caseId(), since);
        patterns.add(new H3(getTranslation("ex.patterns.title")));
        if (p.total() == 0) {
            patterns.add(new Paragraph(getTranslation("ex.patterns.none")));
            return;
        }
        var grid = new Div();
        grid.addClassName("pattern-grid");
        var tags = section("ex.patterns.tags");
        long maxTag = p.topTags().stream().mapToLong(Patterns.Count::count).max().orElse(1);
        p.topTags().forEach(c -> tags.add(bar(c.tag(), c.count(), maxTag)));
        var pairs = section("ex.patterns.pairs");
        if (p.pairs().isEmpty()) {
            pairs.add(new Paragraph("–"));
        }
        p.pairs().forEach(c -> pairs.add(bar(c.first() + " + " + c.second(), c.count(),
                p.pairs().getFirst().count())));
        var weekdays = section("ex.patterns.weekdays");
        int maxDay = java.util.Arrays.stream(p.weekdays()).max().orElse(1);
        String[] days = getTranslation("ex.weekdays").split(",");
        for (int i = 0; i < 7; i++) {
            weekdays.add(bar(days[i], p.weekdays()[i], maxDay));
        }
        var times = section("ex.patterns.times");
        int maxTime = java.util.Arrays.stream(p.timesOfDay()).max().orElse(1);
        String[] parts = getTranslation("ex.timesOfDay").split(",");
        for (int i = 0; i < 4; i++) {
            times.add(bar(parts[i], p.timesOfDay()[i], maxTime));
        }
        var weeks = section("ex.patterns.weeks");
        long maxWeek = p.weeks().stream().mapToLong(Patterns.Week::count).max().orElse(1);
        p.weeks().stream().skip(Math.max(0, p.weeks().size() - 12))
                .forEach(w -> weeks.add(bar(getTranslation("ex.weekOf", app.tether.base.ui.Dates.dayMonth(w.monday())), w.count(), maxWeek)));
        grid.add(tags, pairs, weekdays, times, weeks);
        patterns.add(new Paragraph(getTranslation("ex.patterns.total", p.total())), grid);
    }

    private Div section(String key) {
        var d = new Div(new H4(getTranslation(key)));
        d.addClassName("pattern-section");
        return d;
    }

    private Div bar(String label, long value, long max) {
        var fill = new Div();
        fill.addClassName("bar-fill");
        fill.getStyle().set("width", Math.max(2, Math.round(100.0 * value / Math.max(1, max))) + "%");
        var track = new Div(fill);
        track.addClassName("bar-track");
        var row = new Div(new Span(label), track, new Span(String.valueOf(value)));
        row.addClassName("bar-row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ex.review.title") + " · " + getTranslation("app.name");
    }

    @Override
    public AuditEvent auditedOpening() {
        return details == null ? null
                : AuditEvent.opened(AuditAction.EXCEPTIONS_OPENED, details.caseId(), "CASE", details.caseId());
    }
}
