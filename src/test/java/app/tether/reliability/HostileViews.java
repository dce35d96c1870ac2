package app.tether.reliability;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;

/**
 * Browserless views inside the scenario: the scenario is not a test class of its own, so it drives
 * the browserless environment by hand (autowired from the shared context, set up and torn down
 * around each look at a view).
 */
final class HostileViews extends SpringBrowserlessTest {

    void open(org.springframework.context.ApplicationContext context) {
        com.vaadin.browserless.BrowserlessTestSpringLookupInitializer.setApplicationContext(context);
        initVaadinEnvironment();
    }

    void close() {
        try {
            cleanVaadinEnvironment();
        } finally {
            com.vaadin.browserless.BrowserlessTestSpringLookupInitializer.clearApplicationContext();
        }
    }

    Component show(String location) {
        return navigate(location, Component.class);
    }

    /** Every text a person sees in the view: text nodes, and the values of fields. */
    static List<String> texts(Component view) {
        List<String> out = new ArrayList<>();
        collect(view.getElement(), out);
        return out;
    }

    /** Elements whose markup was set as HTML (a view must never put stored text there). */
    static List<String> innerHtml(Component view) {
        List<String> out = new ArrayList<>();
        walk(view.getElement(), out);
        return out;
    }

    private static void collect(Element e, List<String> out) {
        if (e.isTextNode()) {
            out.add(e.getText());
        }
        if (e.hasProperty("value") && e.getProperty("value") != null) {
            out.add(e.getProperty("value"));
        }
        e.getChildren().forEach(c -> collect(c, out));
        if (e.getShadowRoot().isPresent()) {
            e.getShadowRoot().get().getChildren().forEach(c -> collect(c, out));
        }
    }

    private static void walk(Element e, List<String> out) {
        if (e.hasProperty("innerHTML")) {
            out.add(e.getProperty("innerHTML"));
        }
        e.getChildren().forEach(c -> walk(c, out));
    }
}
