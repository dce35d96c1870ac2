package app.tether.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * The first page load of a path no route matches (an unknown page or a malformed id) answers 404.
 * Vaadin serves the same start page for every path and routes afterwards, so without this the
 * not-found page would arrive with 200. Well-formed ids keep 200 whether the record exists or is
 * refused, so the status tells nothing either.
 */
@Component
class UnknownPathStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var registry = event.getSource().getRouter().getRegistry();
        event.addIndexHtmlRequestListener(response -> {
            String path = response.getVaadinRequest().getPathInfo();
            path = path == null ? "" : path.replaceFirst("^/", "");
            if (registry.getNavigationTarget(path).isEmpty()) {
                response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        });
    }
}
