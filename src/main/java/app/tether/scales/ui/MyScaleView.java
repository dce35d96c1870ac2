package app.tether.scales.ui;

import app.tether.base.ValidationProblem;
import app.tether.base.chart.SvgTrendRenderer;
import app.tether.base.ui.ClosedCaseNotice;
import app.tether.base.ui.Dates;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.base.ui.SaveOnce;
import app.tether.base.ui.TextLimit;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import app.tether.scales.MyScale;
import app.tether.scales.RatingRow;
import app.tether.scales.RatingSource;
import app.tether.scales.ScaleChartFactory;
import app.tether.scales.ScaleFollowUp;
import app.tether.scales.ScaleService;
import app.tether.security.Roles;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.List;
import java.util.stream.IntStream;

/**
 * "Rate today" with the two optional follow-ups of the scaling questions, what the client wrote
 * lately, and their own trend.
 */
@Route("my-scale")
@Menu(title = "nav.myScale", order = 30, icon = "vaadin:chart-line")
@RolesAllowed(Roles.CLIENT)
class MyScaleView extends Div implements HasDynamicTitle {

    /** How many written days the page reads back. */
    static final int LATEST_ANSWERS = 10;

    private final ScaleService scales;
    private long caseId;
    final RadioButtonGroup<Integer> value = new RadioButtonGroup<>();
    final TextArea notLower = new TextArea();
    final TextArea oneHigher = new TextArea();
    final TextArea note = new TextArea();
    final Button save = new Button();
    final Div answers = new Div();
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
        followUp(notLower, "notLower", "rate-not-lower");
        followUp(oneHigher, "oneHigher", "rate-one-higher");
        note.setLabel(getTranslation("scale.note"));
        note.setWidthFull();
        TextLimit.on(note, ScaleService.NOTE_MAX);
        note.setId("rate-note");
        save.setText(getTranslation("scale.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("rate-save");
        SaveOnce.onClick(save, this::save);
        errors.bind("value", value).bind("notLower", notLower).bind("oneHigher", oneHigher).bind("note", note);
        var form = new Div(value, notLower, oneHigher, note, errors.message(FormErrors.Place.BELOW_FIELDS), save);
        // answer-form: the longer prompts wrap on a phone instead of being cut off.
        form.addClassNames("panel", "stack", "answer-form");
        answers.addClassName("panel");
        answers.setId("my-answers");
        if (cases.getFirst().closed()) {
            add(ClosedCaseNotice.forClient(this, cases.getFirst().closedOn()), answers, trend);
        } else {
            add(form, answers, trend);
        }
        MyScale mine = scales.myScale(caseId);
        value.setValue(mine.today());
        note.setValue(mine.todayNote() == null ? "" : mine.todayNote());
        notLower.setValue(text(mine.todayFollowUp().notLower()));
        oneHigher.setValue(text(mine.todayFollowUp().oneHigher()));
        showAnswers(mine);
        showTrend(mine);
    }

    private void followUp(TextArea field, String key, String id) {
        field.setLabel(getTranslation("scale." + key));
        field.setHelperText(getTranslation("scale." + key + ".help"));
        field.setWidthFull();
        TextLimit.on(field, ScaleService.FOLLOW_UP_MAX);
        field.setId(id);
    }

    private void save() {
        try {
            MyScale mine = scales.rateToday(caseId, value.getValue(), note.getValue(),
                    new ScaleFollowUp(notLower.getValue(), oneHigher.getValue()));
            errors.clear();
            Notices.success(getTranslation("scale.saved"));
            showAnswers(mine);
            showTrend(mine);
        } catch (ValidationProblem p) {
            errors.report(p);
        }
    }

    /** The latest days the client wrote something with a rating, newest first: their own words back. */
    private void showAnswers(MyScale mine) {
        answers.removeAll();
        // Their own writing only: at home and in homework (words noted in a session are on their printed copy).
        List<RatingRow> written = mine.ratings().reversed().stream()
                .filter(r -> r.source() != RatingSource.SESSION)
                .filter(r -> !r.followUp().isEmpty() || r.note() != null).limit(LATEST_ANSWERS).toList();
        answers.setVisible(!written.isEmpty());
        if (written.isEmpty()) {
            return;
        }
        var help = new Paragraph(getTranslation("scale.myAnswers.help"));
        help.addClassName("muted");
        answers.add(new H3(getTranslation("scale.myAnswers")), help);
        for (RatingRow r : written) {
            var day = new Div(new Span(getTranslation("scale.myAnswers.rating", Dates.date(r.day()), r.value(),
                    getTranslation("scale.source." + r.source().name()))));
            day.addClassName("history-row");
            day.add(FollowUpText.lines(this, r.followUp()));
            if (r.note() != null) {
                day.add(FollowUpText.line(this, getTranslation("scale.table.note"), r.note()));
            }
            answers.add(day);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
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
