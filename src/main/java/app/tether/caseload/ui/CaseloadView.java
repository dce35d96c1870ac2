package app.tether.caseload.ui;

import app.tether.base.ui.RouteIds;
import app.tether.caseload.CaseKind;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Enrolment;
import app.tether.security.Roles;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * The therapist's landing page: every open case they treat, with where it stands; closed cases
 * in a section of their own, folded away.
 */
@Route("caseload")
@Menu(title = "nav.caseload", order = 10, icon = "vaadin:home")
@RolesAllowed(Roles.THERAPIST)
class CaseloadView extends Div implements HasDynamicTitle {

    CaseloadView(CaseloadService caseload) {
        addClassName("page");
        List<CaseSummary> cases = caseload.myCaseload();
        List<CaseSummary> closed = caseload.myClosedCases();
        var header = new Div(new H2(getTranslation("caseload.title")),
                new Span(getTranslation("caseload.count", cases.size())));
        header.addClassName("page-header");
        add(header);
        if (cases.isEmpty()) {
            var empty = new Div(new Paragraph(getTranslation("caseload.empty")));
            empty.addClassName("empty-state");
            add(empty);
        } else {
            var list = new Div();
            list.addClassName("card-list");
            cases.forEach(c -> list.add(card(c)));
            add(list);
        }
        if (!closed.isEmpty()) {
            add(closedSection(closed));
        }
    }

    private Details closedSection(List<CaseSummary> closed) {
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
        return section;
    }

    private RouterLink closedCard(CaseSummary c) {
        var link = new RouterLink(CaseView.class, RouteIds.of("caseId", c.caseId()));
        link.addClassNames("case-card", "case-card-closed");
        var name = new Span(c.title());
        name.addClassName("case-card-title");
        var top = new Div(name, pill(getTranslation("caseload.closedOn",
                Date.from(c.closedOn().atStartOfDay(ZoneId.systemDefault()).toInstant())), "pill-closed"));
        top.addClassName("case-card-top");
        link.add(top);
        Enrolment e = c.enrolment();
        link.add(meta(e == null ? getTranslation("caseload.notEnrolled")
                : getTranslation("caseload.stageShort", e.stage().number()) + " · " + getTranslation(e.lens().labelKey())));
        return link;
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
                if (i.at() != null) {
                    counts.add(pill(getTranslation(i.messageKey(), app.tether.base.ui.Dates.dayAndTime(i.at())),
                            "pill-" + i.tone()));
                } else if (i.svg() != null) {
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
