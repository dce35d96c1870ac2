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
        switchColumnsOnPhones(owner, columns, List.of());
    }

    /**
     * Shows {@code wide} columns on larger windows and {@code phone} columns (hidden until the window
     * width is known) on phones, for grids whose phone layout stacks several fields in one cell.
     */
    public static void switchColumnsOnPhones(Component owner, List<? extends Grid.Column<?>> wide,
            List<? extends Grid.Column<?>> phone) {
        phone.forEach(c -> c.setVisible(false));
        owner.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(d -> apply(d.getWindowInnerWidth(), wide, phone));
            Registration resize = page.addBrowserWindowResizeListener(e -> apply(e.getWidth(), wide, phone));
            owner.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void apply(int width, List<? extends Grid.Column<?>> wide, List<? extends Grid.Column<?>> phone) {
        boolean isPhone = width > 0 && width < BREAKPOINT;
        wide.forEach(c -> c.setVisible(!isPhone));
        phone.forEach(c -> c.setVisible(isPhone));
    }
}
