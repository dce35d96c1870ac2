package app.tether.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * No failure in a click or an autosave passes silently: the person gets a plain message and
 * keeps what they typed (views never clear fields on failure).
 */
@Component
class UiErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(s -> s.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable t = event.getThrowable();
        String key;
        Object[] args = {};
        app.tether.base.ValidationProblem invalid = cause(t, app.tether.base.ValidationProblem.class);
        if (invalid != null && !invalid.errors().isEmpty()) {
            // A refusal a view did not catch itself (e.g. a search box given half an emoji): its message.
            key = invalid.errors().getFirst().messageKey();
            args = invalid.errors().getFirst().args().toArray();
            log.warn("A refusal reached the UI unhandled: {}", key);
        } else if (app.tether.base.DatabaseUnavailable.is(t)) {
            // Nothing to debug here, and one line per click is enough to see an outage in the log.
            key = "common.databaseDown";
            log.warn("The database did not answer a UI request: {}", app.tether.base.DatabaseUnavailable.describe(t));
        } else if (causedBy(t, AccessDeniedException.class)) {
            key = "common.notAvailable";
        } else if (causedBy(t, ObjectOptimisticLockingFailureException.class)
                || causedBy(t, app.tether.base.StaleDataException.class)) {
            key = "common.stale";
        } else {
            key = "common.failed";
            log.error("Unexpected error in the UI", t);
        }
        UI ui = UI.getCurrent();
        String shownKey = key;
        Object[] shownArgs = args;
        if (ui != null) {
            ui.access(() -> {
                Notification n = Notification.show(ui.getTranslation(shownKey, shownArgs), 8000,
                        Notification.Position.BOTTOM_CENTER);
                n.addThemeVariants(NotificationVariant.ERROR);
            });
        }
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        return cause(t, type) != null;
    }

    /** The first throwable of {@code type} in the cause chain, or null. */
    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
