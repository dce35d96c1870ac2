package app.tether.scales.ui;

import app.tether.base.ValidationProblem;
import app.tether.base.chart.SvgTrendRenderer;
import app.tether.base.ui.ClosedCaseNotice;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.base.ui.SaveOnce;
import app.tether.base.ui.TextLimit;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import app.tether.scales.MyScale;
import app.tether.scales.ScaleChartFactory;
import app.tether.scales.ScaleService;
import app.tether.security.Roles;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** "Rate today" and the client's own trend. */
@Route("my-scale")
@Menu(title = "nav.myScale", order = 30, icon = "vaadin:chart-line")
@RolesAllowed(Roles.CLIENT)
class MyScaleView extends Div implements HasDynamicTitle {

    private final ScaleService scales;
    private long caseId;
    final RadioButtonGroup<Integer> value = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    final Button save = new Button();
    private final Div trend = new Div();
    private final FormErrors errors = new FormErrors(this);

    MyScaleView(ScaleService scales, CaseloadService caseload) {
        this.scales = scales;
        addClassNames("page", "page-narrow");
        add(new H2(getTranslation("scale.rateToday")));
        List<CaseSummary> cases = caseload.myCases();
        if (cases.isEmpty()) {
            add(new Paragraph(getTranslation("scale.noCase")));
            return;
        }
        caseId = cases.getFirst().caseId();
        value.setLabel(getTranslation("scale.question"));
        value.setHelperText(getTranslation("scale.question.help"));
        value.setItems(IntStream.rangeClosed(1, 10).boxed().toList());
        value.addClassName("rating");
        value.setId("rate-value");
        note.setLabel(getTranslation("scale.note"));
        note.setWidthFull();
        TextLimit.on(note, ScaleService.NOTE_MAX);
        note.setId("rate-note");
        save.setText(getTranslation("scale.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("rate-save");
        SaveOnce.onClick(save, this::save);
        errors.bind("value", value).bind("note", note);
        var form = new Div(value, note, errors.message(FormErrors.Place.BELOW_FIELDS), save);
        form.addClassNames("panel", "stack");
        if (cases.getFirst().closed()) {
            add(ClosedCaseNotice.forClient(this, cases.getFirst().closedOn()), trend);
        } else {
            add(form, trend);
        }
        MyScale mine = scales.myScale(caseId);
        value.setValue(mine.today());
        note.setValue(mine.todayNote() == null ? "" : mine.todayNote());
        showTrend(mine);
    }

    private void save() {
        try {
            MyScale mine = scales.rateToday(caseId, value.getValue(), note.getValue());
            errors.clear();
            Notices.success(getTranslation("scale.saved"));
            showTrend(mine);
        } catch (ValidationProblem p) {
            errors.report(p);
        }
    }

    private void showTrend(MyScale mine) {
        trend.removeAll();
        trend.addClassName("panel");
        trend.add(new H3(getTranslation("scale.myTrend")));
        if (mine.ratings().isEmpty()) {
            trend.add(new Paragraph(getTranslation("scale.none")));
            return;
        }
        LocalDate from = mine.ratings().getFirst().day();
        var model = ScaleChartFactory.chart(mine, from, LocalDate.now(), (k, a) -> getTranslation(k, a));
        var chart = new Div(new Svg(SvgTrendRenderer.render(model, 420, 260, app.tether.base.ui.Dates.locale())));
        chart.addClassName("chart");
        chart.setId("my-chart");
        trend.add(chart, new Paragraph(getTranslation("scale.desc.person", mine.me().name(), mine.me().first(),
                mine.me().latest(), mine.me().count())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scale.rateToday") + " · " + getTranslation("app.name");
    }
}
