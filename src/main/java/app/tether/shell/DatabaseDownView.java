package app.tether.shell;

import app.tether.base.DatabaseUnavailable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening a page while the database does not answer shows a plain message and a way to try again,
 * never a stack trace; every other navigation failure is Vaadin's own error page as before. Vaadin
 * matches error views by the exception's exact class along its causes, and Spring wraps a lost
 * connection in several ways, so this takes every exception and decides by reading the causes.
 * No parent layout: the frame itself may need the database.
 */
@AnonymousAllowed
public class DatabaseDownView extends InternalServerError {

    private static final Logger log = LoggerFactory.getLogger(DatabaseDownView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (!DatabaseUnavailable.is(parameter.getCaughtException())) {
            return super.setErrorParameter(event, parameter);
        }
        log.warn("The database did not answer while opening /{}: {}", event.getLocation().getPath(),
                DatabaseUnavailable.describe(parameter.getCaughtException()));
        getElement().removeAllChildren();
        getElement().setAttribute("class", "not-found database-down");
        var again = new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("common.tryAgain"));
        again.setId("database-down-try-again");
        getElement().appendChild(new H2(getTranslation("common.databaseDown.title")).getElement(),
                new Paragraph(getTranslation("common.databaseDown.page")).getElement(), again.getElement());
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
