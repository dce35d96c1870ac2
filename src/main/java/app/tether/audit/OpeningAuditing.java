package app.tether.audit;

import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Records the opening of every {@link AuditedOpening} view, once per navigation. */
@Component
class OpeningAuditing implements VaadinServiceInitListener {

    private final AuditLog log;

    OpeningAuditing(AuditLog log) {
        this.log = log;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addAfterNavigationListener(this::afterNavigation));
    }

    private void afterNavigation(AfterNavigationEvent event) {
        event.getActiveChain().stream()
                .filter(AuditedOpening.class::isInstance)
                .map(e -> ((AuditedOpening) e).auditedOpening())
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .ifPresent(log::record);
    }
}
