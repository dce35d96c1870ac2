package app.tether.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/** The case pages' tab strip, by route path so case and homework views need not know each other. */
public final class CaseTabs {

    private CaseTabs() {
    }

    public static Nav create(long caseId, String active, String overviewLabel, String homeworkLabel) {
        var overview = new Anchor("cases/" + caseId, overviewLabel);
        var homework = new Anchor("cases/" + caseId + "/homework", homeworkLabel);
        overview.setId("tab-overview");
        homework.setId("tab-homework");
        (active.equals("homework") ? homework : overview).addClassName("active");
        (active.equals("homework") ? homework : overview).getElement().setAttribute("aria-current", "page");
        var nav = new Nav(overview, homework);
        nav.addClassName("case-tabs");
        return nav;
    }
}
