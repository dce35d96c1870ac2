package app.tether.home.ui;

import app.tether.base.ui.Dates;
import app.tether.base.ui.NarrowScreens;
import app.tether.base.ui.PrivateDownload;
import app.tether.base.ui.SaveOnce;
import app.tether.base.ui.TextLimit;
import app.tether.caseload.CaseKind;
import app.tether.caseload.Lens;
import app.tether.caseload.Stage;
import app.tether.home.AttentionReason;
import app.tether.home.HomeCase;
import app.tether.home.HomeScreen;
import app.tether.home.HomeService;
import app.tether.home.HomeUpdates;
import app.tether.home.TodayItem;
import app.tether.reports.PaperSize;
import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import app.tether.sessions.PrintedSummary;
import app.tether.sessions.SessionSummaryService;
import app.tether.sessions.SummaryCopy;
import app.tether.sessions.ui.DayPrint;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The therapist's home: today's sessions, the cases that need them now and why, and every case
 * with its figures. The case list is a lazy grid (cards on a phone) drawn by Lit templates, so a
 * full practice costs one row of data per visible case, not a tree of components per case. On a
 * phone the same grid shows one column of cards ({@link NarrowScreens}).
 * Live: a client's homework, moment or rating reloads the data in place (see {@link LiveRefresh}).
 */
@Route("caseload")
@RolesAllowed(Roles.THERAPIST)
@Menu(title = "nav.caseload", order = 10, icon = "vaadin:home")
class HomeView extends Div implements HasDynamicTitle {

    /** Most urgent cards shown before "show all": the list stays one glance long. */
    static final int ATTENTION_SHOWN = 8;
    /** Up to this many rows the grid shows them all; beyond, it scrolls inside a fixed height. */
    static final int ALL_ROWS_UP_TO = 15;
    static final int SEARCH_MAX = 100;

    private final HomeService home;
    private final HomeUpdates updates;
    private final CurrentUser currentUser;
    private final SessionSummaryService summaries;
    private final TaskExecutor executor;

    private HomeScreen screen;
    private boolean showAllAttention;
    private boolean syncingSort;

    final Div todaySection = new Div();
    final Div attentionSection = new Div();
    final Span caseCount = new Span();
    final TextField search = new TextField();
    final Select<Stage> stageFilter = new Select<>();
    final Select<Lens> lensFilter = new Select<>();
    final Checkbox attentionOnly = new Checkbox();
    final Select<HomeSort> sortBy = new Select<>();
    final Span shown = new Span();
    final Button settingsButton = new Button();
    private final List<HomeCase> openCases = new ArrayList<>();
    final ListDataProvider<HomeCase> cases = new ListDataProvider<>(openCases) {
        @Override
        public Object getId(HomeCase item) {
            return item.caseId();
        }
    };
    final Grid<HomeCase> grid = new Grid<>();
    private final Map<HomeSort, Grid.Column<HomeCase>> sortColumns = new EnumMap<>(HomeSort.class);
    private Grid.Column<HomeCase> phoneColumn;
    private final Div closedHolder = new Div();
    /** Per needs-attention card, where the keyboard goes after one of its reasons is acknowledged. */
    private final Map<Long, Focusable<?>> focusAfterAcknowledge = new java.util.LinkedHashMap<>();
    DayPrint dayPrint;
    private LocalDate printDay;

    HomeView(HomeService home, HomeUpdates updates, CurrentUser currentUser, SessionSummaryService summaries,
             @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.home = home;
        this.updates = updates;
        this.currentUser = currentUser;
        this.summaries = summaries;
        this.executor = executor;
        addClassNames("page", "home-page");

        settingsButton.setText(getTranslation("home.settings.open"));
        settingsButton.setIcon(VaadinIcon.COG_O.create());
        settingsButton.addThemeVariants(ButtonVariant.TERTIARY);
        settingsButton.setId("home-settings");
        settingsButton.addClickListener(e -> openSettings());
        var titles = new Div(new H2(getTranslation("home.title")), caseCount);
        var header = new Div(titles, settingsButton);
        header.addClassNames("page-header", "header-with-action");
        add(header);

        todaySection.addClassNames("panel", "home-today");
        todaySection.setId("home-today");
        attentionSection.addClassNames("panel", "home-attention");
        attentionSection.setId("home-attention");
        add(todaySection, attentionSection, allCasesSection(), closedHolder);

        screen = home.load();
        render();
    }

    private Div allCasesSection() {
        search.setLabel(getTranslation("home.search"));
        search.setPlaceholder(getTranslation("home.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("home-search");
        TextLimit.on(search, SEARCH_MAX);
        stageFilter.setLabel(getTranslation("home.filter.stage"));
        stageFilter.setItems(Stage.values());
        stageFilter.setEmptySelectionAllowed(true);
        stageFilter.setEmptySelectionCaption(getTranslation("home.filter.anyStage"));
        stageFilter.setItemLabelGenerator(s -> s == null ? getTranslation("home.filter.anyStage")
                : getTranslation("home.stage", s.number()) + " · " + getTranslation(s.labelKey()));
        stageFilter.setId("home-stage");
        lensFilter.setLabel(getTranslation("home.filter.lens"));
        lensFilter.setItems(Lens.values());
        lensFilter.setEmptySelectionAllowed(true);
        lensFilter.setEmptySelectionCaption(getTranslation("home.filter.anyLens"));
        lensFilter.setItemLabelGenerator(l -> l == null ? getTranslation("home.filter.anyLens")
                : getTranslation(l.labelKey()));
        lensFilter.setId("home-lens");
        attentionOnly.setLabel(getTranslation("home.filter.attention"));
        attentionOnly.setId("home-attention-only");
        sortBy.setLabel(getTranslation("home.sort"));
        sortBy.setItems(HomeSort.values());
        sortBy.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sortBy.setValue(HomeSort.URGENCY);
        sortBy.setId("home-sort");
        search.addValueChangeListener(e -> applyFilter());
        stageFilter.addValueChangeListener(e -> applyFilter());
        lensFilter.addValueChangeListener(e -> applyFilter());
        attentionOnly.addValueChangeListener(e -> applyFilter());
        sortBy.addValueChangeListener(e -> {
            if (!syncingSort && e.getValue() != null) {
                applySort(e.getValue());
            }
        });
        cases.setSortComparator(HomeSort.URGENCY.comparator()::compare);

        buildGrid();
        var filters = new Div(search, stageFilter, lensFilter, sortBy, attentionOnly);
        filters.addClassNames("filters", "home-filters");
        shown.addClassName("muted");
        shown.setId("home-shown");
        var section = new Div(new H3(getTranslation("home.all")), filters, shown, grid);
        section.addClassNames("panel", "home-all");
        section.setId("home-all");
        return section;
    }

    private void buildGrid() {
        grid.addClassName("home-grid");
        grid.setId("home-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.NO_BORDER);
        grid.setAriaLabel(getTranslation("home.all"));
        column(caseCell(), "home.col.case", HomeSort.NAME).setFlexGrow(3).setWidth("11rem");
        column(LitRenderer.<HomeCase>of("<span>${item.lens}</span>")
                .withProperty("lens", c -> c.lens() == null ? "" : getTranslation(c.lens().labelKey())),
                "home.col.lens", HomeSort.LENS).setFlexGrow(1).setWidth("7rem");
        column(stageCell(), "home.col.stage", HomeSort.STAGE).setFlexGrow(0).setWidth("6.5rem");
        column(trendCell(), "home.col.ratings", HomeSort.RATING).setFlexGrow(1).setWidth("9.5rem");
        column(reasonCell(), "home.col.attention", HomeSort.URGENCY).setFlexGrow(3).setWidth("11rem");
        column(LitRenderer.<HomeCase>of("<span>${item.last}</span>")
                .withProperty("last", c -> c.lastSession() == null ? getTranslation("home.never")
                        : HomeText.shortDate(c.lastSession(), screen.date())),
                "home.col.last", HomeSort.LAST_SESSION).setFlexGrow(0).setWidth("5.5rem");
        column(LitRenderer.<HomeCase>of("<span>${item.next}</span>")
                .withProperty("next", c -> c.nextSession() == null ? getTranslation("home.noneBooked")
                        : HomeText.shortDateTime(c.nextSession(), screen.date())),
                "home.col.next", HomeSort.NEXT_SESSION).setFlexGrow(0).setWidth("6.5rem");
        phoneColumn = phoneColumn();
        // One grid on every screen: on a phone a single column of cards, still lazy.
        NarrowScreens.switchColumnsOnPhones(this, List.copyOf(sortColumns.values()), List.of(phoneColumn));
        grid.setItems(cases);
        grid.addSortListener(e -> {
            if (syncingSort) {
                return;
            }
            // A header click: the "Sort by" choice follows it, so phone cards keep the same order.
            HomeSort key = e.getSortOrder().isEmpty() ? sortBy.getValue() : sortColumns.entrySet().stream()
                    .filter(en -> en.getValue() == e.getSortOrder().getFirst().getSorted())
                    .map(Map.Entry::getKey).findFirst().orElse(sortBy.getValue());
            syncingSort = true;
            try {
                sortBy.setValue(key);
            } finally {
                syncingSort = false;
            }
            cases.setSortComparator(key.comparator()::compare);
        });
    }

    private Grid.Column<HomeCase> column(LitRenderer<HomeCase> renderer, String headerKey, HomeSort sort) {
        var column = grid.addColumn(renderer).setHeader(getTranslation(headerKey)).setKey(sort.name())
                .setComparator(sort.comparator()::compare).setSortable(true).setResizable(true);
        sortColumns.put(sort, column);
        return column;
    }

    /** The case's own cell: names (to its page), couple, and the counts that ask for the therapist. */
    private LitRenderer<HomeCase> caseCell() {
        return withCaseProperties(LitRenderer.of(CASE_TEMPLATE));
    }

    private static final String CASE_TEMPLATE = """
            <div class="case-cell" id="case-${item.id}">\
            <div class="case-cell-top"><a class="case-link" href="cases/${item.id}">${item.title}</a>\
            ${item.couple ? html`<span class="pill pill-couple">${item.couple}</span>` : ''}</div>\
            <div class="case-counts">\
            ${item.overdue ? html`<span class="pill pill-overdue">${item.overdue}</span>` : ''}\
            ${item.waiting ? html`<span class="pill pill-review">${item.waiting}</span>` : ''}\
            <span class="pill moments-count ${item.quiet ? 'pill-quiet' : 'pill-exceptions'}">${item.moments}</span>\
            </div></div>""";

    private LitRenderer<HomeCase> withCaseProperties(LitRenderer<HomeCase> r) {
        return r.withProperty("id", HomeCase::caseId)
                .withProperty("title", HomeCase::title)
                .withProperty("couple", c -> c.kind() == CaseKind.COUPLE ? getTranslation("kind.COUPLE") : "")
                .withProperty("overdue", c -> c.overdueHomework() == 0 ? ""
                        : getTranslation("home.overdue", c.overdueHomework()))
                .withProperty("waiting", c -> c.waitingReview() == 0 ? ""
                        : getTranslation("home.waiting", c.waitingReview()))
                .withProperty("moments", c -> getTranslation("home.moments", c.unreviewedMoments()))
                .withProperty("quiet", c -> c.unreviewedMoments() == 0);
    }

    private static final String STAGE_TEMPLATE = """
            ${item.stage ? html`<span class="stage-cell"><span class="pill pill-stage-${item.stageNo}">${item.stage}</span>\
            <span class="muted">${item.day}</span></span>` : html`<span class="muted">${item.notEnrolled}</span>`}""";

    private LitRenderer<HomeCase> stageCell() {
        return withStageProperties(LitRenderer.of(STAGE_TEMPLATE));
    }

    private LitRenderer<HomeCase> withStageProperties(LitRenderer<HomeCase> r) {
        return r.withProperty("stage", c -> c.stage() == null ? "" : getTranslation("home.stage", c.stage().number()))
                .withProperty("stageNo", c -> c.stage() == null ? 0 : c.stage().number())
                .withProperty("day", c -> c.programmeDay() == null ? ""
                        : c.returnDay() != null ? getTranslation("home.dayReturn", c.programmeDay(), c.returnDay())
                        : getTranslation("home.day", c.programmeDay()))
                .withProperty("notEnrolled", c -> getTranslation("home.notEnrolled"));
    }

    private static final String TREND_TEMPLATE = """
            <div class="trends">${item.partners.map(p => html`<div class="trend trend-${p.dir}">\
            ${p.name ? html`<span class="trend-name">${p.name}</span>` : ''}\
            <span class="trend-latest">${p.latest}</span>\
            <span class="trend-spark" .innerHTML="${p.svg}"></span>\
            <span class="trend-word">${p.word}</span></div>`)}</div>""";

    private LitRenderer<HomeCase> trendCell() {
        return LitRenderer.<HomeCase>of(TREND_TEMPLATE).withProperty("partners", this::trends);
    }

    /** JSON for the template, built here: Flow would read a record or map as a bean. */
    ArrayNode trends(HomeCase c) {
        boolean couple = c.partners().size() > 1;
        ArrayNode out = JacksonUtils.createArrayNode();
        c.partners().forEach(p -> out.add(HomeText.trend(this, p, couple).json()));
        return out;
    }

    private static final String REASON_TEMPLATE = """
            <ul class="reasons">${item.reasons.map(r => html`<li class="${r.ack ? 'reason reason-acknowledged' : 'reason'}">\
            ${r.text}${r.ack ? html` <span class="pill pill-quiet">${r.ack}</span>` : ''}</li>`)}</ul>""";

    private LitRenderer<HomeCase> reasonCell() {
        return LitRenderer.<HomeCase>of(REASON_TEMPLATE).withProperty("reasons", this::reasons);
    }

    ArrayNode reasons(HomeCase c) {
        ArrayNode out = JacksonUtils.createArrayNode();
        c.reasons().forEach(r -> out.addObject().put("text", HomeText.reason(this, r))
                .put("ack", r.acknowledged() ? getTranslation("home.acknowledged") : ""));
        return out;
    }

    /** One partner's trend as the Lit template reads it. */
    record TrendCell(String name, String latest, String svg, String word, String dir) {
        ObjectNode json() {
            return JacksonUtils.createObjectNode().put("name", name).put("latest", latest).put("svg", svg)
                    .put("word", word).put("dir", dir);
        }
    }

    /** A phone's card: the same case cell, then everything the wide columns carry, in one cell. */
    private Grid.Column<HomeCase> phoneColumn() {
        String template = "<div class=\"home-card\">" + CASE_TEMPLATE
                + "<div class=\"case-card-meta\">${item.lens}</div>"
                + "<div>" + STAGE_TEMPLATE + "</div>"
                + TREND_TEMPLATE
                + REASON_TEMPLATE
                + "<div class=\"case-card-meta\">${item.sessions}</div></div>";
        var renderer = withStageProperties(withCaseProperties(LitRenderer.of(template)))
                .withProperty("lens", c -> c.lens() == null ? "" : getTranslation(c.lens().labelKey()))
                .withProperty("partners", this::trends)
                .withProperty("reasons", this::reasons)
                .withProperty("sessions", c -> HomeText.sessions(this, c));
        return grid.addColumn(renderer).setHeader(getTranslation("home.col.cases")).setKey("PHONE");
    }

    /** For tests: what a phone's window switches to (NarrowScreens does it from the window's width). */
    void showPhone(boolean isPhone) {
        phoneColumn.setVisible(isPhone);
        sortColumns.values().forEach(c -> c.setVisible(!isPhone));
    }

    private void applyFilter() {
        cases.setFilter(filter()::test);
        updateShown();
    }

    HomeFilter filter() {
        return new HomeFilter(search.getValue(), stageFilter.getValue(), lensFilter.getValue(), attentionOnly.getValue());
    }

    private void applySort(HomeSort key) {
        cases.setSortComparator(key.comparator()::compare);
        var column = sortColumns.get(key);
        syncingSort = true;
        try {
            grid.sort(column == null ? List.of() : List.of(new GridSortOrder<>(column, SortDirection.ASCENDING)));
        } finally {
            syncingSort = false;
        }
    }

    private void updateShown() {
        HomeFilter f = filter();
        long visible = openCases.stream().filter(f::test).count();
        shown.setText(getTranslation("home.shown", visible, openCases.size()));
        grid.setAllRowsVisible(visible <= ALL_ROWS_UP_TO);
    }

    /** Re-reads the screen and updates it in place: search, filters, sort and scroll stay as they were. */
    void reload() {
        screen = home.load();
        render();
    }

    private void render() {
        List<HomeCase> open = screen.cases().stream().filter(c -> c.closedOn() == null).toList();
        openCases.clear();
        openCases.addAll(open);
        cases.refreshAll();
        caseCount.setText(getTranslation("home.count", open.size()));
        updateShown();
        renderToday();
        renderAttention(open);
        renderClosed(screen.cases().stream().filter(c -> c.closedOn() != null).toList());
    }

    private void renderToday() {
        todaySection.removeAll();
        todaySection.add(new H3(getTranslation("home.today", Dates.date(screen.date()))));
        if (screen.today().isEmpty()) {
            todaySection.add(new Paragraph(getTranslation("home.today.empty")));
            return;
        }
        var list = new Div();
        list.addClassName("today-rows");
        screen.today().stream().sorted(Comparator.comparing(TodayItem::start)).forEach(i -> list.add(todayRow(i)));
        todaySection.add(list);
        int recorded = (int) screen.today().stream().filter(i -> i.sessionId() != null).count();
        if (recorded > 0) {
            if (dayPrint == null || !screen.date().equals(printDay)) {
                dayPrint = new DayPrint(summaries, executor, screen.date(), recorded);
                printDay = screen.date();
            } else {
                dayPrint.setCount(recorded);
            }
            todaySection.add(dayPrint);
        }
    }

    private Div todayRow(TodayItem item) {
        var row = new Div();
        row.addClassName("today-row");
        if (item.cancelled()) {
            row.addClassName("today-cancelled");
        }
        var time = new Span(HomeText.timeRange(item));
        time.addClassName("today-time");
        var name = new Anchor("cases/" + item.caseId(), item.caseTitle());
        name.addClassName("today-case");
        var actions = new Div();
        actions.addClassName("appointment-actions");
        if (item.cancelled()) {
            var pill = new Span(getTranslation("home.today.cancelled"));
            pill.addClassNames("pill", "pill-appointment-cancelled");
            actions.add(pill);
        } else if (item.sessionId() != null) {
            var open = new Anchor("sessions/" + item.sessionId(), getTranslation("home.today.open"));
            open.addClassName("action-link");
            open.setId("today-session-" + item.sessionId());
            open.setAriaLabel(getTranslation("home.today.open.label", item.caseTitle()));
            actions.add(open);
        } else if (item.appointmentId() != null) {
            var record = new Anchor("cases/" + item.caseId() + "/sessions?appointment=" + item.appointmentId(),
                    getTranslation("appointment.recordSession"));
            record.addClassName("action-link");
            record.setId("today-record-" + item.appointmentId());
            record.setAriaLabel(getTranslation("home.today.record.label", item.caseTitle()));
            actions.add(record);
        }
        if (item.sessionId() != null) {
            long sessionId = item.sessionId();
            var print = new Anchor(event -> {
                PrintedSummary pdf = summaries.print(sessionId, SummaryCopy.fullRecord(), PaperSize.A4);
                PrivateDownload.send(event, pdf.fileName(), "application/pdf", pdf.pdf());
            }, AttachmentType.DOWNLOAD, "");
            print.add(VaadinIcon.PRINT.create(), new Span(getTranslation("home.today.summary")));
            print.addClassName("download-link");
            print.setId("today-summary-" + sessionId);
            print.setAriaLabel(getTranslation("home.today.summary.label", item.caseTitle()));
            actions.add(print);
        }
        row.add(time, name, actions);
        return row;
    }

    private void renderAttention(List<HomeCase> open) {
        attentionSection.removeAll();
        focusAfterAcknowledge.clear();
        List<HomeCase> urgent = open.stream().filter(HomeCase::needsAttention)
                .sorted(HomeSort.URGENCY.comparator()).toList();
        attentionSection.add(new H3(getTranslation("home.attention", urgent.size())));
        if (urgent.isEmpty()) {
            attentionSection.add(new Paragraph(getTranslation("home.attention.none")));
            return;
        }
        var list = new Div();
        list.addClassNames("card-list", "attention-list");
        urgent.stream().limit(showAllAttention ? urgent.size() : ATTENTION_SHOWN).forEach(c -> list.add(attentionCard(c)));
        attentionSection.add(list);
        if (urgent.size() > ATTENTION_SHOWN) {
            var more = new Button(showAllAttention ? getTranslation("home.attention.fewer")
                    : getTranslation("home.attention.all", urgent.size()));
            more.addThemeVariants(ButtonVariant.TERTIARY);
            more.setId("attention-more");
            more.addClickListener(e -> {
                showAllAttention = !showAllAttention;
                renderAttention(openCases);
            });
            attentionSection.add(more);
        }
    }

    private Div attentionCard(HomeCase c) {
        var card = new Div();
        card.addClassNames("case-card", "attention-card");
        card.setId("attention-" + c.caseId());
        var name = new Anchor("cases/" + c.caseId(), c.title());
        name.addClassName("case-card-title");
        var top = new Div(name);
        top.addClassName("case-card-top");
        if (c.kind() == CaseKind.COUPLE) {
            top.add(pill(getTranslation("kind.COUPLE"), "pill-couple"));
        }
        var reasons = new UnorderedList();
        reasons.addClassName("reasons");
        c.reasons().stream().sorted(Comparator.comparing(AttentionReason::acknowledged)
                .thenComparing(Comparator.comparingInt(AttentionReason::urgency).reversed()))
                .forEach(r -> reasons.add(reasonItem(c, r)));
        card.add(top, reasons);
        focusAfterAcknowledge.put(c.caseId(), reasons.getChildren()
                .flatMap(li -> li.getChildren()).filter(Button.class::isInstance).<Focusable<?>>map(Button.class::cast)
                .findFirst().orElse(name));
        return card;
    }

    private ListItem reasonItem(HomeCase c, AttentionReason r) {
        String text = HomeText.reason(this, r);
        var item = new ListItem(new Span(text));
        item.addClassName("reason");
        if (r.acknowledged()) {
            item.addClassName("reason-acknowledged");
            item.add(pill(getTranslation("home.acknowledged"), "pill-quiet"));
        } else {
            var ack = new Button(getTranslation("home.acknowledge"));
            ack.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            ack.addClassName("acknowledge");
            ack.setAriaLabel(getTranslation("home.acknowledge.label", text, c.title()));
            SaveOnce.onClick(ack, () -> {
                home.acknowledge(c.caseId(), r.kind(), r.clientId());
                reload();
                focusAfterAcknowledging(c.caseId());
            });
            item.add(ack);
        }
        return item;
    }

    /**
     * The pressed button is gone after the reload: keyboard and screen-reader users go on from the same
     * card (its next reason, or its name), or from the next card when this one no longer needs attention.
     */
    private void focusAfterAcknowledging(long caseId) {
        Focusable<?> target = focusAfterAcknowledge.get(caseId);
        if (target == null) {
            target = focusAfterAcknowledge.values().stream().findFirst().orElse(search);
        }
        target.focus();
    }

    private void renderClosed(List<HomeCase> closed) {
        closedHolder.removeAll();
        if (closed.isEmpty()) {
            return;
        }
        var help = new Paragraph(getTranslation("caseload.closed.help"));
        help.addClassName("muted");
        var list = new Div();
        list.addClassNames("card-list", "closed-list");
        closed.forEach(c -> list.add(closedCard(c)));
        var section = new Details(getTranslation("caseload.closed.show", closed.size()), new Div(help, list));
        section.addClassName("closed-cases");
        section.setId("closed-cases");
        section.addOpenedChangeListener(e -> section.setSummaryText(e.isOpened()
                ? getTranslation("caseload.closed.hide") : getTranslation("caseload.closed.show", closed.size())));
        closedHolder.add(section);
    }

    private Anchor closedCard(HomeCase c) {
        var link = new Anchor("cases/" + c.caseId());
        link.addClassNames("case-card", "case-card-closed");
        var name = new Span(c.title());
        name.addClassName("case-card-title");
        var top = new Div(name, pill(getTranslation("home.closedOn", Dates.date(c.closedOn())), "pill-closed"));
        top.addClassName("case-card-top");
        var meta = new Div(new Span(c.stage() == null ? getTranslation("home.notEnrolled")
                : getTranslation("home.stage", c.stage().number()) + " · " + getTranslation(c.lens().labelKey())));
        meta.addClassName("case-card-meta");
        link.add(top, meta);
        return link;
    }

    private void openSettings() {
        new SettingsDialog(home, this::reload).open();
    }

    private static Span pill(String text, String variant) {
        var s = new Span(text);
        s.addClassNames("pill", variant);
        return s;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        LiveRefresh.keepFresh(this, updates, currentUser.require().accountId(), this::reload);
    }

    /** The cases the list shows now, filtered and in the order chosen (as the grid fetches them). */
    List<HomeCase> shownCases() {
        return grid.getListDataView().getItems().toList();
    }

    HomeScreen screen() {
        return screen;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }

}
