package app.tether.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the client's home page that another module supplies (the next appointments), so the
 * home page does not depend on that module. Spring beans; each call builds fresh components.
 */
public interface ClientHomeSection {

    /** The section for the signed-in client, or nothing to show. {@code owner} translates. */
    Optional<Component> create(Component owner);
}
