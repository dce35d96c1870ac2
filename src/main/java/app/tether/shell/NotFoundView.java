package app.tether.shell;

import app.tether.audit.AuditLog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown pages, malformed ids and records the person may not see; all look the same,
 * so a page never reveals whether somebody else's case exists.
 */
@AnonymousAllowed
// Error views get no automatic layout; with this they keep the frame and the demo banner.
@ParentLayout(MainLayout.class)
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    private final transient AuditLog audit;

    public NotFoundView(AuditLog audit) {
        this.audit = audit;
        addClassName("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        audit.refusedRoute(event.getLocation().getPath());
        return show(this);
    }

    /** Fills the page; {@link RefusedView} uses the same so the two cannot drift apart. */
    static int show(Div page) {
        page.removeAll();
        page.add(new H2(page.getTranslation("notFound.title")), new Paragraph(page.getTranslation("notFound.text")),
                new Anchor("", page.getTranslation("notFound.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
