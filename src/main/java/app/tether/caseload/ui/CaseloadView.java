package app.tether.caseload.ui;

import app.tether.base.ui.RouteIds;
import app.tether.caseload.CaseKind;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Enrolment;
import app.tether.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The therapist's landing page: every case they treat, with where it stands. */
@Route("caseload")
@RolesAllowed(Roles.THERAPIST)
class CaseloadView extends Div implements HasDynamicTitle {

    CaseloadView(CaseloadService caseload) {
        addClassName("page");
        List<CaseSummary> cases = caseload.myCaseload();
        var header = new Div(new H2(getTranslation("caseload.title")),
                new Span(getTranslation("caseload.count", cases.size())));
        header.addClassName("page-header");
        add(header);
        if (cases.isEmpty()) {
            var empty = new Div(new Paragraph(getTranslation("caseload.empty")));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        var list = new Div();
        list.addClassName("card-list");
        cases.forEach(c -> list.add(card(c)));
        add(list);
    }

    private RouterLink card(CaseSummary c) {
        var link = new RouterLink(CaseView.class, RouteIds.of("caseId", c.caseId()));
        link.addClassName("case-card");
        var name = new Span(c.title());
        name.addClassName("case-card-title");
        var top = new Div(name);
        top.addClassName("case-card-top");
        if (c.kind() == CaseKind.COUPLE) {
            top.add(pill(getTranslation("kind.COUPLE"), "pill-couple"));
        }
        link.add(top);
        Enrolment e = c.enrolment();
        if (e == null) {
            link.add(meta(getTranslation("caseload.notEnrolled")));
        } else {
            var stage = new Div(pill(getTranslation("caseload.stageShort", e.stage().number()), "pill-stage-" + e.stage().number()),
                    new Span(getTranslation(e.stage().labelKey())));
            stage.addClassName("case-card-stage");
            link.add(stage);
            link.add(meta(getTranslation(e.lens().labelKey()) + " · "
                    + getTranslation("caseload.day", e.programmeDay())));
        }
        if (!c.indicators().isEmpty()) {
            var counts = new Div();
            counts.addClassName("case-card-counts");
            c.indicators().forEach(i -> {
                if (i.svg() != null) {
                    var spark = new Div(new com.vaadin.flow.component.Svg(i.svg()),
                            new Span(getTranslation(i.messageKey(), i.count())));
                    spark.addClassNames("spark", "spark-" + i.tone());
                    counts.add(spark);
                } else {
                    counts.add(pill(getTranslation(i.messageKey(), i.count()), "pill-" + i.tone()));
                }
            });
            link.add(counts);
        }
        return link;
    }

    private static Span pill(String text, String variant) {
        var s = new Span(text);
        s.addClassNames("pill", variant);
        return s;
    }

    private static Div meta(String text) {
        var d = new Div(new Span(text));
        d.addClassName("case-card-meta");
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("caseload.title") + " · " + getTranslation("app.name");
    }
}
