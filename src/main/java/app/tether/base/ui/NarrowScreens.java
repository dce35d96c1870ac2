package app.tether.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** Hides secondary grid columns on phone-sized windows; the first cell carries the essentials. */
public final class NarrowScreens {

    /** Windows narrower than this (in CSS pixels) count as phones. */
    public static final int BREAKPOINT = 640;

    private NarrowScreens() {
    }

    public static void hideColumnsOnPhones(Component owner, List<? extends Grid.Column<?>> columns) {
        owner.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(d -> apply(d.getWindowInnerWidth(), columns));
            Registration resize = page.addBrowserWindowResizeListener(e -> apply(e.getWidth(), columns));
            owner.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void apply(int width, List<? extends Grid.Column<?>> columns) {
        boolean phone = width > 0 && width < BREAKPOINT;
        columns.forEach(c -> c.setVisible(!phone));
    }
}
