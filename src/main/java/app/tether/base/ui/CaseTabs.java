package app.tether.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/** The case pages' tab strip, by route path so the feature views need not know each other. */
public final class CaseTabs {

    /** Tab ids and their paths below {@code cases/<id>}. */
    private static final String[][] TABS = {
        {"overview", "", "case.tab.overview"},
        {"homework", "/homework", "case.tab.homework"},
        {"exceptions", "/exceptions", "case.tab.exceptions"},
        {"scale", "/scale", "case.tab.scale"},
        {"appointments", "/appointments", "case.tab.appointments"},
        {"sessions", "/sessions", "case.tab.sessions"},
        {"letters", "/letters", "case.tab.letters"},
    };

    private CaseTabs() {
    }

    public static Nav create(Component owner, long caseId, String active) {
        var nav = new Nav();
        nav.addClassName("case-tabs");
        nav.getElement().setAttribute("aria-label", owner.getTranslation("case.tabs"));
        for (String[] tab : TABS) {
            var link = new Anchor("cases/" + caseId + tab[1], owner.getTranslation(tab[2]));
            link.setId("tab-" + tab[0]);
            if (tab[0].equals(active)) {
                link.addClassName("active");
                link.getElement().setAttribute("aria-current", "page");
            }
            nav.add(link);
        }
        return nav;
    }
}
