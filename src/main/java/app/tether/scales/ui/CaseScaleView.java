package app.tether.scales.ui;

import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditedOpening;
import app.tether.base.ui.RouteIds;
import app.tether.base.ValidationProblem;
import app.tether.base.chart.SvgTrendRenderer;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.ui.OpenCase;
import app.tether.scales.CaseScale;
import app.tether.scales.PersonTrend;
import app.tether.scales.RatingRow;
import app.tether.scales.ScaleChartFactory;
import app.tether.scales.ScaleService;
import app.tether.security.Roles;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The case's 1-10 trend: one line per partner, stage changes marked, figures, target band, table. */
@Route("cases/:caseId" + RouteIds.PATTERN + "/scale")
@RolesAllowed(Roles.THERAPIST)
class CaseScaleView extends Div implements BeforeEnterObserver, HasDynamicTitle, AuditedOpening {

    private final ScaleService scales;
    private CaseDetails details;
    final IntegerField low = new IntegerField();
    final IntegerField high = new IntegerField();
    final Button saveTarget = new Button();
    final Div chart = new Div();
    Grid<RatingRow> table;
    private final FormErrors errors = new FormErrors(this);

    CaseScaleView(ScaleService scales) {
        this.scales = scales;
        chart.addClassName("chart");
        chart.setId("scale-chart");
        for (IntegerField f : new IntegerField[] {low, high}) {
            f.setMin(1);
            f.setMax(10);
            f.setStepButtonsVisible(true);
            f.setWidth("9em");
        }
        low.setLabel(getTranslation("scale.target.low"));
        high.setLabel(getTranslation("scale.target.high"));
        saveTarget.setText(getTranslation("scale.target.save"));
        app.tether.base.ui.SaveOnce.onClick(saveTarget, this::saveTarget);
        saveTarget.addThemeVariants(ButtonVariant.PRIMARY);
        errors.bind("low", low).bind("high", high);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        details = OpenCase.of(event).details();
        render(scales.caseScale(details.caseId()));
    }

    private void render(CaseScale scale) {
        removeAll();
        var figures = new Div();
        figures.addClassName("figures");
        for (PersonTrend p : scale.people()) {
            figures.add(figure(p));
        }
        add(figures);

        chart.removeAll();
        var model = ScaleChartFactory.chart(scale, (key, args) -> getTranslation(key, args));
        chart.add(new Svg(SvgTrendRenderer.render(model, 760, 300, app.tether.base.ui.Dates.locale())));
        var chartPanel = new Div(new H3(getTranslation("scale.chartTitle")), chart);
        chartPanel.addClassName("panel");
        if (scale.ratings().isEmpty()) {
            chartPanel.add(new Paragraph(getTranslation("scale.none")));
        }
        // The band is only mentioned when there is one.
        var legend = new Paragraph(getTranslation(scale.targetLow() != null || scale.targetHigh() != null
                ? "scale.legend.target" : "scale.legend"));
        legend.addClassName("muted");
        chartPanel.add(legend);
        add(chartPanel);

        low.setValue(scale.targetLow());
        high.setValue(scale.targetHigh());
        var clear = app.tether.base.ui.SaveOnce.button(getTranslation("scale.target.clear"), () -> {
            low.clear();
            high.clear();
            saveTarget();
        });
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        var targetRow = new Div(low, high, saveTarget, clear);
        targetRow.addClassName("target-row");
        var targetPanel = new Div(new H3(getTranslation("scale.target")), new Paragraph(getTranslation("scale.target.help")),
                targetRow);
        targetPanel.addClassName("panel");
        if (!details.closed()) {
            add(targetPanel);
        }

        table = new Grid<>();
        // Short columns keep their width; the written ones share the rest, the follow-ups most.
        table.addColumn(r -> date(r)).setHeader(getTranslation("scale.table.day")).setAutoWidth(true).setFlexGrow(0);
        table.addColumn(RatingRow::clientName).setHeader(getTranslation("scale.table.person")).setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(RatingRow::value).setHeader(getTranslation("scale.table.value")).setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(r -> getTranslation("scale.source." + r.source().name()))
                .setHeader(getTranslation("scale.table.source")).setAutoWidth(true).setFlexGrow(0);
        table.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(getTranslation("scale.table.note"))
                .setWidth("10rem").setFlexGrow(1);
        // Each person's own words beside their own rating: in a couple one row per partner, never merged.
        table.addComponentColumn(r -> new Div(FollowUpText.lines(this, r.followUp())))
                .setHeader(getTranslation("scale.table.followUps")).setKey("followUps").setWidth("22rem")
                .setFlexGrow(3);
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setItems(scale.ratings().reversed());
        table.setHeight("30rem");
        table.setAriaLabel(getTranslation("scale.table"));
        table.setId("scale-table");
        var tablePanel = new Div(new H3(getTranslation("scale.table")), table);
        tablePanel.addClassName("panel");
        add(tablePanel);
    }

    private Div figure(PersonTrend p) {
        var card = new Div(new Span(p.name()));
        card.addClassName("figure");
        if (p.latest() == null) {
            card.add(new Paragraph(getTranslation("scale.none")));
            return card;
        }
        card.add(fact("scale.latest", String.valueOf(p.latest())), fact("scale.first", String.valueOf(p.first())),
                fact("scale.change", (p.change() > 0 ? "+" : "") + p.change()),
                fact("scale.avg4", p.averageLast4Weeks() == null ? "–"
                        : String.format(app.tether.base.ui.Dates.locale(), "%.1f", p.averageLast4Weeks())));
        return card;
    }

    private Div fact(String key, String value) {
        var l = new Span(getTranslation(key));
        l.addClassName("fact-label");
        var v = new Span(value);
        v.addClassName("fact-value");
        var d = new Div(l, v);
        d.addClassName("fact");
        return d;
    }

    private String date(RatingRow r) {
        return app.tether.base.ui.Dates.date(r.day());
    }

    private void saveTarget() {
        try {
            render(scales.setTarget(details.caseId(), low.getValue(), high.getValue()));
            errors.clear();
            Notices.success(getTranslation("scale.target.saved"));
        } catch (ValidationProblem p) {
            errors.report(p);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scale.chartTitle") + " · " + getTranslation("app.name");
    }

    @Override
    public AuditEvent auditedOpening() {
        return details == null ? null
                : AuditEvent.opened(AuditAction.SCALE_OPENED, details.caseId(), "CASE", details.caseId());
    }
}
