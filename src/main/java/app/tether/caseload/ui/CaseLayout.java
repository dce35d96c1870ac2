package app.tether.caseload.ui;

import app.tether.base.ui.CaseTabs;
import app.tether.base.ui.ClosedCaseNotice;
import app.tether.base.ui.RouteIds;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.CaseKind;
import app.tether.caseload.CaseloadService;
import app.tether.security.Roles;
import app.tether.shell.MainLayout;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The frame of every case page ({@code cases/<id>} and its tabs): title, who treats the case, the
 * tab strip and, for a closed case, the read-only notice. It loads the case once per navigation and
 * hands it to the tab through {@link OpenCase}. A refused or unknown id throws out of
 * {@code beforeEnter}, so the router shows the not-found page (decision 019).
 */
// Automatic for every route under /cases, so the tabs keep their URLs and need not name this class.
@Layout("/cases")
@ParentLayout(MainLayout.class)
@RolesAllowed(Roles.THERAPIST)
class CaseLayout extends Div implements RouterLayout, BeforeEnterObserver {

    private final CaseloadService caseload;
    private final Div frame = new Div();
    private final Div content = new Div();
    private String activeTab = "overview";

    CaseLayout(CaseloadService caseload) {
        this.caseload = caseload;
        addClassNames("page", "case-page");
        frame.addClassName("case-frame");
        content.addClassName("case-content");
        add(frame, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long caseId = RouteIds.get(event, "caseId").orElseThrow(NotFoundException::new);
        // A refusal (not this therapist's case, or no such case) propagates to RefusedView.
        CaseDetails details = caseload.caseDetails(caseId);
        List<String> segments = event.getLocation().getSegments();
        activeTab = segments.size() > 2 ? segments.get(2) : "overview";
        OpenCase.handOver(event.getUI(), new OpenCase(details, this::show));
        show(details);
    }

    private void show(CaseDetails details) {
        frame.removeAll();
        var header = new Div(new H2(details.title()));
        header.addClassName("page-header");
        header.add(new Span(getTranslation(details.kind() == CaseKind.COUPLE ? "kind.COUPLE" : "kind.INDIVIDUAL")
                + " · " + getTranslation("case.therapist", details.therapistName())));
        frame.add(header, CaseTabs.create(this, details.caseId(), activeTab));
        if (details.closed()) {
            frame.add(closedNotice(details));
        }
    }

    /** Read-only, since when and why; where printing and export are (unless that is this tab). */
    private Div closedNotice(CaseDetails details) {
        var date = ClosedCaseNotice.forStaff(this, details.closedOn());
        date.removeClassName("closed-banner");
        date.getElement().removeAttribute("id");
        date.getElement().removeAttribute("role");
        var notice = new Div(date);
        if (details.closedReason() != null && !details.closedReason().isBlank()) {
            var why = new Paragraph(getTranslation("case.closed.reason", details.closedReason()));
            why.addClassName("history-reason");
            notice.add(why);
        }
        if (!"sessions".equals(activeTab)) {
            notice.add(new Anchor("cases/" + details.caseId() + "/sessions", getTranslation("case.closed.printExport")));
        }
        notice.addClassName("closed-banner");
        notice.setId("closed-banner");
        notice.getElement().setAttribute("role", "status");
        return notice;
    }

    @Override
    public void showRouterLayoutContent(HasElement tab) {
        content.getElement().removeAllChildren();
        if (tab != null) {
            content.getElement().appendChild(tab.getElement());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // Leaving the case pages: the UI no longer holds the case.
        OpenCase.handOver(event.getUI(), null);
        super.onDetach(event);
    }
}
