package app.tether.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** The one line shown where a closed case's forms would be: why nothing can be added. */
public final class ClosedCaseNotice {

    private ClosedCaseNotice() {
    }

    public static Paragraph forClient(Component owner, LocalDate closedOn) {
        // MessageFormat formats java.util.Date in the JVM's zone, so the day is built in that zone.
        var p = new Paragraph(owner.getTranslation("client.caseClosed",
                Date.from(closedOn.atStartOfDay(ZoneId.systemDefault()).toInstant())));
        p.addClassNames("panel", "client-closed");
        p.setId("case-closed-notice");
        p.getElement().setAttribute("role", "status");
        return p;
    }

    /** For the therapist's case tabs: read-only, and how to change that. */
    public static Paragraph forStaff(Component owner, LocalDate closedOn) {
        var p = new Paragraph(owner.getTranslation("case.closed.banner",
                Date.from(closedOn.atStartOfDay(ZoneId.systemDefault()).toInstant())));
        p.addClassName("closed-banner");
        p.setId("closed-banner");
        p.getElement().setAttribute("role", "status");
        return p;
    }
}
