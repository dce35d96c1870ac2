package app.tether.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;

/** The slim warning every page shows while the demo practice is in the database. */
public final class DemoBanner {

    private DemoBanner() {
    }

    public static Optional<Div> create(Component owner, boolean demoPresent) {
        if (!demoPresent) {
            return Optional.empty();
        }
        var banner = new Div(owner.getTranslation("app.demoBanner"));
        banner.addClassName("demo-banner");
        banner.setId("demo-banner");
        banner.getElement().setAttribute("role", "status");
        return Optional.of(banner);
    }
}
