package app.tether.shell;

import app.tether.audit.AuditLog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal thrown while navigating (a service's access check) shows the not-found page with
 * the same look and status 404, so nothing tells a refused record from a missing one.
 */
@AnonymousAllowed
// Error views get no automatic layout; with this they keep the frame and the demo banner.
@ParentLayout(MainLayout.class)
public class RefusedView extends Div implements HasErrorParameter<AccessDeniedException> {

    private final transient AuditLog audit;

    public RefusedView(AuditLog audit) {
        this.audit = audit;
        addClassName("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        audit.refusedRoute(event.getLocation().getPath());
        return NotFoundView.show(this);
    }
}
