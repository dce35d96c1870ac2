package app.tether.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** The one line a client sees where a closed case's forms would be: why nothing can be added. */
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
}
